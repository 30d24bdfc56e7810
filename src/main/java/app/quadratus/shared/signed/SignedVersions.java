package app.quadratus.shared.signed;

import app.quadratus.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Appending version n+1 of a versioned signed record (a plan, an assessment): each version is signed by
 * its author as it is written and never changes; a change is the next version, and the earlier ones stay
 * readable. The change must be based on the latest version, or its author would silently replace
 * content they never saw; the table's unique (record, version) key settles two writers at one moment.
 */
public final class SignedVersions {

	private SignedVersions() {
	}

	/**
	 * The number of the next version.
	 *
	 * @throws ConflictException with {@code staleKey} when the change was based on an older version
	 */
	public static int next(int latest, int basedOn, String staleKey) {
		if (basedOn != latest) {
			throw new ConflictException(staleKey);
		}
		return latest + 1;
	}

	/**
	 * Inserts a new version.
	 *
	 * @throws ConflictException with {@code staleKey} when another writer stored the same version number
	 * between the read and this insert
	 */
	public static void insert(Runnable insert, String staleKey) {
		try {
			insert.run();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(staleKey);
		}
	}
}
