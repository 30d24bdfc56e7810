package app.quadratus.outcomes;

import tools.jackson.databind.JsonNode;

/**
 * Keele STarT Back: every item scores its option's points (agree = 1; item 9 only "very much" or
 * "extremely"); the total is all nine, the distress subscale items 5–9. All nine are required: the
 * published rule has no way to score a missing item.
 */
class StartBackScorer implements Scorer {

	static final String DISTRESS = "distress";

	@Override
	public Score score(Instrument instrument, JsonNode answers) {
		JsonNode byItem = Answers.byItem(instrument, answers);
		int total = 0;
		int distress = 0;
		for (Item item : instrument.items()) {
			int points = Answers.required(item, byItem.get(item.id()), Answers.itemField(item.id())).points();
			total += points;
			if (item.belongsTo(DISTRESS)) {
				distress += points;
			}
		}
		StartBackRisk risk = StartBackRisk.classify(total, distress, instrument.parameter("lowRiskMaxTotal"),
				instrument.parameter("highRiskMinDistress"));
		return new StartBackScore(total, distress, risk, instrument.loinc(), instrument.codes().get(DISTRESS),
				instrument.codes().get("risk"));
	}
}
