package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.quadratus.shared.InvalidFieldException;
import tools.jackson.databind.JsonNode;

/**
 * ODI 2.1a (Fairbank): sum ÷ (5 × sections answered) × 100. An unanswered section (null or absent,
 * e.g. sex life when not applicable) shrinks the denominator by 5 instead of counting as 0; below the
 * data file's {@code minimumAnswered} (8) the index is too unreliable to report.
 */
class OdiScorer implements Scorer {

	@Override
	public Score score(Instrument instrument, JsonNode answers) {
		JsonNode byItem = Answers.byItem(instrument, answers);
		int sum = 0;
		int answered = 0;
		int possible = 0;
		for (Item section : instrument.items()) {
			JsonNode answer = byItem.get(section.id());
			if (Answers.isAbsent(answer)) {
				continue;
			}
			sum += Answers.required(section, answer, Answers.itemField(section.id())).points();
			possible += section.maxPoints();
			answered++;
		}
		int minimum = instrument.parameter("minimumAnswered");
		if (answered < minimum) {
			throw new InvalidFieldException(Answers.FIELD, "at least " + minimum + " of the "
					+ instrument.items().size() + " sections must be answered, not " + answered);
		}
		// Divide once at the reported precision: exact decimals, so 41/50 is 82.0 and halves round up.
		BigDecimal percent = BigDecimal.valueOf(sum * 100L)
			.divide(BigDecimal.valueOf(possible), instrument.scale().decimals(), RoundingMode.HALF_UP);
		Band band = instrument.band(percent)
			.orElseThrow(() -> new IllegalStateException("odi instrument file has no band for " + percent));
		return new OdiScore(percent, band, answered, instrument.loinc());
	}
}
