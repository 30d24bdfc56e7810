package app.quadratus.shared.security;

import java.util.Objects;
import java.util.UUID;

/**
 * What a tablet hand-over allows and where it returns.
 *
 * @param pagesUnder the only pages the client may reach: this path and the paths below it
 * @param returnTo the staff page to open once unlocked (a path of this application)
 * @param clientId the client holding the tablet, for the audit log
 * @param objectType what is handed over, for the audit log (e.g. "outcome-response")
 * @param objectId its id
 */
public record KioskHandOver(String pagesUnder, String returnTo, UUID clientId, String objectType, UUID objectId)
		implements java.io.Serializable {

	public KioskHandOver {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(objectType, "objectType");
		if (!isLocalPath(pagesUnder) || !isLocalPath(returnTo)) {
			throw new IllegalArgumentException("kiosk paths must be paths of this application");
		}
		if (pagesUnder.endsWith("/")) {
			pagesUnder = pagesUnder.substring(0, pagesUnder.length() - 1);
		}
	}

	/** True for the handed-over page itself and the pages below it, never for a sibling sharing a prefix. */
	public boolean allows(String path) {
		return path.equals(pagesUnder) || path.startsWith(pagesUnder + "/");
	}

	private static boolean isLocalPath(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.length() > 1;
	}
}
