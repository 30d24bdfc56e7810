package app.quadratus.outcomes;

import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/**
 * Forms answered as a fixed-length list, item 1 first, whose score is the sum of the points (RMDQ,
 * LEFS). For RMDQ an item left blank means the statement does not apply, which counts as "no"
 * (Roland &amp; Fairbank); LEFS has no such rule, so every answer is required.
 */
class ItemListScorer implements Scorer {

	private final boolean blankCountsAsZero;

	private final BiFunction<Integer, String, Score> result;

	ItemListScorer(boolean blankCountsAsZero, BiFunction<Integer, String, Score> result) {
		this.blankCountsAsZero = blankCountsAsZero;
		this.result = result;
	}

	static ItemListScorer rolandMorris() {
		return new ItemListScorer(true, RmdqScore::new);
	}

	static ItemListScorer lowerExtremity() {
		return new ItemListScorer(false, LefsScore::new);
	}

	@Override
	public Score score(Instrument instrument, JsonNode answers) {
		int count = instrument.items().size();
		JsonNode list = Answers.list(answers, count, count);
		int sum = 0;
		for (int index = 0; index < count; index++) {
			JsonNode answer = list.get(index);
			if (blankCountsAsZero && Answers.isAbsent(answer)) {
				continue;
			}
			sum += Answers.required(instrument.items().get(index), answer, Answers.indexField(index)).points();
		}
		return result.apply(sum, instrument.loinc());
	}
}
