package app.quadratus.outcomes;

import java.math.BigDecimal;

import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The outcome-measure service behind the stateless scoring API: therapists and owners only, since a
 * score is clinical information. Stores nothing.
 */
@Service
public class OutcomeMeasures {

	private final OutcomeScoring scoring;

	private final OutcomeInterpretation interpretation;

	public OutcomeMeasures(OutcomeScoring scoring, OutcomeInterpretation interpretation) {
		this.scoring = scoring;
		this.interpretation = interpretation;
	}

	/**
	 * Scores a request {@code {"answers": …}} for the instrument with this id.
	 * @throws NotFoundException for an id that is not one of the six instruments
	 * @throws InvalidFieldException naming the field of any answer that cannot be scored
	 */
	@ClinicalAccess
	public Score score(String instrumentId, JsonNode request) {
		OutcomeMeasure measure = measure(instrumentId);
		return scoring.score(measure, Answers.isAbsent(request) ? null : request.get(Answers.FIELD));
	}

	/**
	 * Compares {@code {"baseline": …, "followUp": …}} for the instrument with this id.
	 * @throws NotFoundException for an id that is not one of the six instruments
	 * @throws InvalidFieldException for STarT Back (no change rule) and for a missing or out-of-range score
	 */
	@ClinicalAccess
	public Change change(String instrumentId, JsonNode request) {
		OutcomeMeasure measure = measure(instrumentId);
		interpretation.withChangeRule(measure);
		return interpretation.compare(measure, number(request, "baseline"), number(request, "followUp"));
	}

	private static OutcomeMeasure measure(String id) {
		return OutcomeMeasure.fromId(id).orElseThrow(() -> new NotFoundException("Instrument"));
	}

	private static BigDecimal number(JsonNode request, String field) {
		JsonNode node = Answers.isAbsent(request) ? null : request.get(field);
		if (Answers.isAbsent(node)) {
			throw new InvalidFieldException(field, "is required");
		}
		BigDecimal value = Numbers.decimal(node);
		if (value == null) {
			throw new InvalidFieldException(field, "must be a number");
		}
		return value;
	}
}
