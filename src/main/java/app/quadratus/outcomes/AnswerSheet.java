package app.quadratus.outcomes;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the answers saved one by one (item id to canonical text) into the shape the scoring rules
 * take (contracts/outcomes-api.md), so that a questionnaire completed on the tablet is scored by
 * exactly the same code as one sent to the API.
 */
final class AnswerSheet {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private AnswerSheet() {
	}

	static JsonNode toScoringAnswers(Questionnaire questionnaire, Map<String, String> answers) {
		Instrument instrument = questionnaire.instrument();
		switch (instrument.measure()) {
			case RMDQ, LEFS -> {
				ArrayNode list = JSON.arrayNode();
				for (Item item : instrument.items()) {
					list.add(typed(item, answers.get(item.id())));
				}
				return list;
			}
			case PSFS -> {
				ArrayNode list = JSON.arrayNode();
				Item rating = instrument.items().get(0);
				for (Questionnaire.Question question : questionnaire.questions()) {
					ObjectNode activity = JSON.objectNode();
					activity.put("activity", question.text());
					activity.set(rating.id(), typed(rating, answers.get(question.id())));
					list.add(activity);
				}
				return list;
			}
			default -> {
				ObjectNode byItem = JSON.objectNode();
				for (Item item : instrument.items()) {
					byItem.set(item.id(), typed(item, answers.get(item.id())));
				}
				return byItem;
			}
		}
	}

	/** The answer as the JSON type its item expects; null (not answered, or skipped) stays null. */
	private static JsonNode typed(Item item, String value) {
		if (value == null) {
			return JSON.nullNode();
		}
		return switch (item.kind()) {
			case NUMBER -> JSON.numberNode(Integer.parseInt(value));
			case BOOLEAN -> JSON.booleanNode(Boolean.parseBoolean(value));
			case WORD -> JSON.stringNode(value);
		};
	}
}
