package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.signed.ContentHash;

/**
 * A client's treatment plan as it stands: its latest version. Every change is a new version, and a
 * changed plan needs the client's agreement again; these are the plan's named transitions.
 */
public record TreatmentPlan(UUID id, UUID clientId, PlanVersion latest) {

	/** The first version of a new plan, signed by its author as it is written. */
	public static PlanVersion draft(UUID planId, UUID clientId, PlanContent content, UUID by, Instant at) {
		return version(planId, clientId, 1, content, by, at, null);
	}

	/**
	 * Version n+1 on top of the latest. Goals sent with the id of a goal of the latest version keep it;
	 * new goals get new ids.
	 *
	 * @throws ConflictException when {@code basedOnVersion} is not the latest: the author never saw it
	 * @throws InvalidFieldException naming {@code goals[i].id} for an id the plan does not have
	 */
	public PlanVersion revise(int basedOnVersion, PlanContent content, UUID by, Instant at) {
		if (basedOnVersion != latest.version()) {
			throw new ConflictException("plan.stale: the plan is at version " + latest.version());
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < content.goals().size(); i++) {
			UUID goalId = content.goals().get(i).id();
			if (goalId != null && (latest.content().goal(goalId).isEmpty() || !seen.add(goalId))) {
				throw new InvalidFieldException("goals[" + i + "].id", "is not a goal of this plan");
			}
		}
		return version(id, clientId, latest.version() + 1, content, by, at, latest.latestAgreed());
	}

	/**
	 * The client agrees the latest version. Agreeing it again changes nothing.
	 *
	 * @throws ConflictException for any version but the latest: the client must see what they agree to
	 */
	public PlanAgreement agree(int version, String agreedBy, AgreementMethod method, UUID recordedBy, Instant at) {
		if (version != latest.version()) {
			throw new ConflictException("plan.agree.notLatest: the plan is at version " + latest.version());
		}
		if (latest.agreement() != null) {
			return latest.agreement();
		}
		return new PlanAgreement(id, version, agreedBy.strip(), method, at, recordedBy);
	}

	private static PlanVersion version(UUID planId, UUID clientId, int number, PlanContent content, UUID by, Instant at,
			PlanAgreement latestAgreed) {
		List<PlanGoal> goals = content.goals().stream()
			.map(goal -> goal.id() == null ? goal.withId(UUID.randomUUID()) : goal)
			.toList();
		PlanContent withIds = new PlanContent(content.problems(), goals, content.phases(), content.techniques(),
				content.reviewOn());
		String hash = ContentHash.of(TreatmentJson.write(withIds));
		return new PlanVersion(UUID.randomUUID(), planId, clientId, number, withIds, hash, by, at, null, latestAgreed);
	}
}
