package app.quadratus.outcomes;

import tools.jackson.databind.JsonNode;

/** NPRS: the single rating is the score. */
class NprsScorer implements Scorer {

	@Override
	public Score score(Instrument instrument, JsonNode answers) {
		JsonNode byItem = Answers.byItem(instrument, answers);
		Item rating = instrument.items().get(0);
		Option picked = Answers.required(rating, byItem.get(rating.id()), Answers.itemField(rating.id()));
		return new NprsScore(picked.points(), instrument.loinc());
	}
}
