package app.quadratus.treatment.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Drafts a SOAP note from the session's entries, for the therapist to edit: S from the check-in and
 * what the client said, O from the techniques, regions and releases, A from the change in pain and the
 * goals reviewed, P from the plan's next steps. Plain sentences; no clinical judgement added.
 */
public final class SoapDraft {

	private SoapDraft() {
	}

	public static SoapNote of(TreatmentSession s, List<TriggerPointRelease> releases) {
		StringBuilder subjective = new StringBuilder();
		if (s.painBefore() != null) {
			subjective.append("Pain on arrival ").append(s.painBefore()).append("/10.");
		}
		if (s.homework() != null) {
			subjective.append(" Home programme since last time: ").append(s.homework().label().toLowerCase()).append('.');
		}
		String said = releases.stream().map(TriggerPointRelease::clientSaid).filter(t -> t != null && !t.isBlank())
			.map(t -> "\"" + t.strip() + "\"").collect(Collectors.joining(" "));
		if (!said.isEmpty()) {
			subjective.append(" Client said: ").append(said);
		}
		StringBuilder objective = new StringBuilder();
		if (!s.techniques().isEmpty()) {
			objective.append("Techniques: ").append(s.techniques().stream().map(t -> t.label().toLowerCase())
				.collect(Collectors.joining(", "))).append('.');
		}
		if (!s.regionsTreated().isEmpty()) {
			objective.append(" Regions treated: ").append(s.regionsTreated().stream()
				.map(r -> r.region().replace('_', ' ') + (r.side() == null ? "" : " (" + r.side().id() + ")"))
				.collect(Collectors.joining(", "))).append('.');
		}
		for (TriggerPointRelease r : releases) {
			objective.append(" ").append(r.muscle().replace('_', ' ')).append(" (").append(r.side().id()).append(")")
				.append(r.point() == null ? "" : " " + r.point()).append(": pressure ").append(r.pressure())
				.append("/10 for ").append(r.holdSeconds()).append(" s, referred pain ").append(r.referredPainBefore())
				.append(" to ").append(r.referredPainAfter()).append(", ").append(r.outcome().label().toLowerCase()).append('.');
		}
		StringBuilder assessment = new StringBuilder();
		if (s.painBefore() != null && s.painAfter() != null) {
			assessment.append("Pain ").append(s.painBefore()).append("/10 before, ").append(s.painAfter()).append("/10 after.");
		}
		for (SessionGoal goal : s.goals()) {
			assessment.append(" ").append(goal.text()).append(": ")
				.append(goal.result() == null ? "not reviewed" : goal.result().label().toLowerCase()).append('.');
		}
		return new SoapNote(text(subjective), text(objective), text(assessment), null);
	}

	private static String text(StringBuilder part) {
		String text = part.toString().strip();
		return text.isEmpty() ? null : text;
	}
}
