package app.quadratus.treatment.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodyRegion;
import app.quadratus.intake.AssessmentVersion;
import app.quadratus.intake.Assessments;
import app.quadratus.shared.LatestScores;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a new plan starts from, so the therapist edits rather than types: the latest assessment's
 * picture, painful regions and candidate muscles as problems, and each measure's latest score as the
 * baseline of a measure goal (the target is left for the therapist: a goal counts once it has one).
 */
@Component
class PlanPrefill {

	private final Assessments assessments;

	private final LatestScores scores;

	private final Atlas atlas;

	private final MessageSource messages;

	PlanPrefill(Assessments assessments, LatestScores scores, Atlas atlas, MessageSource messages) {
		this.assessments = assessments;
		this.scores = scores;
		this.atlas = atlas;
		this.messages = messages;
	}

	PlanForm form(UUID clientId, ZoneId zone) {
		List<String> problems = new ArrayList<>();
		latestAssessment(clientId).ifPresent(a -> {
			String pattern = messages.getMessage("assessment.pattern." + a.screening().pattern().name(), null,
					a.screening().pattern().name(), Locale.UK);
			String regions = a.findings().pain().stream()
				.sorted((x, y) -> Integer.compare(y.intensity(), x.intensity()))
				.map(p -> atlas.region(p.region()).map(BodyRegion::label).orElse(p.region()).toLowerCase(Locale.UK)
						+ (p.side() == null ? "" : " (" + p.side().id() + ")") + " " + p.intensity() + "/10")
				.collect(Collectors.joining(", "));
			problems.add(regions.isEmpty() ? pattern : pattern + ": " + regions);
			String muscles = a.screening().candidates().stream().limit(4).map(c -> c.name())
				.collect(Collectors.joining(", "));
			if (!muscles.isEmpty()) {
				problems.add(messages.getMessage("plan.prefill.muscles", new Object[] { muscles }, Locale.UK));
			}
		});
		List<PlanForm.GoalRow> goals = scores.of(clientId).stream()
			.filter(s -> !s.measure().equals("startback"))
			.map(s -> new PlanForm.GoalRow("", "measure", s.measure(), "", "", s.score().stripTrailingZeros().toPlainString(),
					"", ""))
			.toList();
		return PlanForm.prefilled(problems, goals, LocalDate.now(zone).plusWeeks(6));
	}

	private java.util.Optional<AssessmentVersion> latestAssessment(UUID clientId) {
		return assessments.recent(clientId, 1).stream().findFirst()
			.map(s -> assessments.open(clientId, s.assessmentId()).latest());
	}
}
