package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.atlas.BodySide;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.signed.ContentHash;

/**
 * A treatment session: a draft while the therapist works, then signed, after which it never changes
 * (corrections are amendments). Its release log is kept apart ({@link TriggerPointRelease}), one row per
 * entry, so that two tabs on one draft never overwrite each other's entries.
 *
 * @param planId the plan followed; null for a session outside any plan
 * @param painBefore pain now at check-in, 0 to 10; null if not asked
 * @param painAfter pain at the end, 0 to 10; required to sign
 * @param homework the home programme since last time; null if not asked
 * @param contentSha256 set when signed: the hash of the signed content including the release log
 */
public record TreatmentSession(UUID id, UUID clientId, UUID planId, String status, Instant startedAt, Integer painBefore,
		Integer painAfter, HomeworkDone homework, List<SessionGoal> goals, List<Technique> techniques,
		List<RegionTreated> regionsTreated, SoapNote note, String contentSha256, UUID signedBy, Instant signedAt,
		UUID createdBy, Instant createdAt, UUID changedBy, Instant changedAt) {

	public static final String DRAFT = "draft";

	public static final String SIGNED = "signed";

	public TreatmentSession {
		goals = List.copyOf(goals);
		techniques = List.copyOf(techniques);
		regionsTreated = List.copyOf(regionsTreated);
	}

	/** A new draft at check-in. */
	public static TreatmentSession checkIn(UUID clientId, UUID planId, Instant startedAt, Integer painBefore,
			HomeworkDone homework, List<SessionGoal> goals, UUID by, Instant at) {
		return new TreatmentSession(UUID.randomUUID(), clientId, planId, DRAFT, startedAt, painBefore, null, homework,
				goals, List.of(), List.of(), SoapNote.EMPTY, null, null, null, by, at, by, at);
	}

	public boolean isSigned() {
		return SIGNED.equals(status);
	}

	/** @throws ConflictException once signed: a signed session never changes */
	public void requireDraft() {
		if (isSigned()) {
			throw new ConflictException("session.signed: a signed session cannot change; add an amendment");
		}
	}

	/** The draft with the edited parts; identity, check-in time and signature stay as they are. */
	public TreatmentSession revise(TreatmentSession edited, UUID by, Instant at) {
		requireDraft();
		return new TreatmentSession(id, clientId, planId, status, startedAt, edited.painBefore(), edited.painAfter(),
				edited.homework(), edited.goals(), edited.techniques(), edited.regionsTreated(), edited.note(), null, null,
				null, createdBy, createdAt, by, at);
	}

	/**
	 * The draft with one region marked (or unmarked) as treated, as tapped on the body chart. Marking a
	 * region already covered changes nothing; unmarking one side of a region marked on both sides keeps
	 * the other side.
	 */
	public TreatmentSession withRegion(String region, BodySide side, boolean treated) {
		requireDraft();
		List<RegionTreated> regions = new ArrayList<>(regionsTreated);
		boolean wholeRegion = side == null || side == BodySide.BOTH || side == BodySide.MIDLINE;
		if (treated) {
			boolean covered = regions.stream().anyMatch(r -> r.region().equals(region)
					&& (r.side() == side || r.side() == null || r.side() == BodySide.BOTH));
			if (!covered) {
				regions.add(new RegionTreated(region, side));
			}
		}
		else {
			List<RegionTreated> kept = new ArrayList<>();
			for (RegionTreated r : regions) {
				if (!r.region().equals(region)) {
					kept.add(r);
				}
				else if (!wholeRegion && (r.side() == null || r.side() == BodySide.BOTH)) {
					kept.add(new RegionTreated(region, side == BodySide.LEFT ? BodySide.RIGHT : BodySide.LEFT));
				}
				else if (!wholeRegion && r.side() != side) {
					kept.add(r);
				}
			}
			regions = kept;
		}
		return new TreatmentSession(id, clientId, planId, status, startedAt, painBefore, painAfter, homework, goals,
				techniques, regions, note, contentSha256, signedBy, signedAt, createdBy, createdAt, changedBy, changedAt);
	}

	/**
	 * Signs the session with its release log. A note never written is drafted from the entries first,
	 * so a signed session always carries one.
	 *
	 * @throws ConflictException when already signed
	 * @throws InvalidFieldException naming {@code painAfter} when the pain after was not recorded
	 */
	public TreatmentSession sign(List<TriggerPointRelease> releases, UUID by, Instant at) {
		requireDraft();
		if (painAfter == null) {
			throw new InvalidFieldException("painAfter", "is required to sign the session");
		}
		SoapNote signedNote = note.isBlank() ? SoapDraft.of(this, releases) : note;
		String hash = ContentHash.of(TreatmentJson.write(List.of(painBefore == null ? "" : painBefore, painAfter,
				homework == null ? "" : homework.id())), TreatmentJson.write(goals), TreatmentJson.write(techniques),
				TreatmentJson.write(regionsTreated), TreatmentJson.write(signedNote), TreatmentJson.write(releases));
		return new TreatmentSession(id, clientId, planId, SIGNED, startedAt, painBefore, painAfter, homework, goals,
				techniques, regionsTreated, signedNote, hash, by, at, createdBy, createdAt, by, at);
	}
}
