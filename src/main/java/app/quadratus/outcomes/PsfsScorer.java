package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.quadratus.shared.InvalidFieldException;
import tools.jackson.databind.JsonNode;

/**
 * PSFS (Stratford): the client names 3–5 activities and rates each 0–10; the score is the mean rating,
 * rounded half up to the data file's decimals (2). The activity's name does not change the score but,
 * when sent, must be text, because follow-ups re-rate the same activities by name.
 */
class PsfsScorer implements Scorer {

	@Override
	public Score score(Instrument instrument, JsonNode answers) {
		JsonNode list = Answers.list(answers, instrument.parameter("minimumActivities"),
				instrument.parameter("maximumActivities"));
		Item rating = instrument.items().get(0);
		int sum = 0;
		for (int index = 0; index < list.size(); index++) {
			JsonNode activity = list.get(index);
			String field = Answers.indexField(index);
			if (Answers.isAbsent(activity) || !activity.isObject()) {
				throw new InvalidFieldException(field, "must be an object with an activity and a rating");
			}
			JsonNode name = activity.get("activity");
			if (!Answers.isAbsent(name) && !name.isString()) {
				throw new InvalidFieldException(field + ".activity", "must be text");
			}
			sum += Answers.required(rating, activity.get(rating.id()), field + "." + rating.id()).points();
		}
		BigDecimal mean = BigDecimal.valueOf(sum)
			.divide(BigDecimal.valueOf(list.size()), instrument.scale().decimals(), RoundingMode.HALF_UP);
		return new PsfsScore(mean, list.size(), instrument.loinc());
	}
}
