package app.quadratus.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything the chart's outcome section shows for one client. */
public record ClientProgress(List<DueMeasure> assignments, List<OpenQuestionnaire> inProgress,
		List<MeasureProgress> measures) {

	/** An assignment and whether it is due now. @param lastCompletedAt null if never completed for it */
	public record DueMeasure(Assignment assignment, Instrument instrument, Instant lastCompletedAt, boolean dueNow) {
	}

	/** A questionnaire started and not finished: the client stopped halfway, or has the link still. */
	public record OpenQuestionnaire(OutcomeResponse response, Instrument instrument, int answered, int total) {
	}

	/** The latest STarT Back result, for where the plan is made. */
	public Optional<ProgressPoint> startBack() {
		return measures.stream()
			.filter(m -> m.instrument().measure() == OutcomeMeasure.STARTBACK)
			.map(MeasureProgress::latest)
			.findFirst();
	}
}
