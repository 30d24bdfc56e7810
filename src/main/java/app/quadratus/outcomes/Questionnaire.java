package app.quadratus.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions a client sees for one response, in order: the instrument's items, or for PSFS one
 * rating question per activity the client named. Option texts come from the clinic's instrument file.
 */
public record Questionnaire(Instrument instrument, List<Question> questions) {

	public record Question(String id, int number, String text, List<Option> options, boolean skippable) {
	}

	public static Questionnaire of(Instrument instrument, List<String> activities) {
		List<Question> questions = new ArrayList<>();
		// The ODI rule scores a form with sections left out (down to a minimum), so those may be skipped.
		boolean gapsAllowed = instrument.parameters().containsKey("minimumAnswered");
		if (instrument.measure() == OutcomeMeasure.PSFS) {
			Item rating = instrument.items().get(0);
			for (int i = 0; i < activities.size(); i++) {
				questions.add(new Question(String.valueOf(i + 1), i + 1, activities.get(i), rating.options(), false));
			}
		}
		else {
			int number = 1;
			for (Item item : instrument.items()) {
				questions.add(new Question(item.id(), number++, item.text(), item.options(), gapsAllowed));
			}
		}
		return new Questionnaire(instrument, List.copyOf(questions));
	}

	public Optional<Question> question(String id) {
		return questions.stream().filter(q -> q.id().equals(id)).findFirst();
	}

	/** The first question without an answer (a skipped one counts as answered); empty when all are. */
	public Optional<Question> firstUnanswered(Map<String, String> answers) {
		return questions.stream().filter(q -> !answers.containsKey(q.id())).findFirst();
	}

	public int answeredCount(Map<String, String> answers) {
		return (int) questions.stream().filter(q -> answers.containsKey(q.id())).count();
	}

	public Optional<Question> before(Question question) {
		int index = questions.indexOf(question);
		return index > 0 ? Optional.of(questions.get(index - 1)) : Optional.empty();
	}
}
