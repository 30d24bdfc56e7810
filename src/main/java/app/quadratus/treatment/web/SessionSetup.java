package app.quadratus.treatment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.Muscle;
import app.quadratus.intake.AssessmentVersion;
import app.quadratus.intake.Assessments;
import app.quadratus.treatment.SessionRecord;
import app.quadratus.treatment.TreatmentSessions;
import org.springframework.stereotype.Component;

/**
 * What repeats from one visit to the next, so a standard session takes few taps: the assessment's
 * candidate muscles first (then every other muscle), the side that hurts most, and the previous
 * session's techniques, homework and pressure.
 */
@Component
class SessionSetup {

	/** A muscle button of session mode; {@code candidate} for the assessment's candidates, shown first and large. */
	record MuscleChoice(String id, String name, boolean candidate) {
	}

	private final Assessments assessments;

	private final TreatmentSessions sessions;

	private final Atlas atlas;

	SessionSetup(Assessments assessments, TreatmentSessions sessions, Atlas atlas) {
		this.assessments = assessments;
		this.sessions = sessions;
		this.atlas = atlas;
	}

	/** The client's previous session (the newest other than {@code except}), read in full; empty for a first visit. */
	Optional<SessionRecord> previous(UUID clientId, UUID except) {
		return sessions.page(clientId, 2, null).items().stream()
			.filter(s -> !s.id().equals(except))
			.findFirst()
			.map(s -> sessions.open(s.id()));
	}

	List<MuscleChoice> muscles(UUID clientId) {
		Map<String, MuscleChoice> choices = new LinkedHashMap<>();
		latestAssessment(clientId).ifPresent(a -> a.screening().candidates().stream().limit(6)
			.forEach(c -> choices.put(c.muscleId(), new MuscleChoice(c.muscleId(), c.name(), true))));
		for (Muscle m : atlas.muscles()) {
			choices.putIfAbsent(m.id(), new MuscleChoice(m.id(), m.name(), false));
		}
		return new ArrayList<>(choices.values());
	}

	/** The side of the most intense sided pain of the latest assessment; right when none is recorded. */
	String side(UUID clientId) {
		return latestAssessment(clientId)
			.flatMap(a -> a.findings().pain().stream()
				.filter(p -> p.side() == BodySide.LEFT || p.side() == BodySide.RIGHT)
				.max((x, y) -> Integer.compare(x.intensity(), y.intensity()))
				.map(p -> p.side().id()))
			.orElse(BodySide.RIGHT.id());
	}

	private Optional<AssessmentVersion> latestAssessment(UUID clientId) {
		return assessments.recent(clientId, 1).stream().findFirst()
			.map(s -> assessments.open(clientId, s.assessmentId()).latest());
	}
}
