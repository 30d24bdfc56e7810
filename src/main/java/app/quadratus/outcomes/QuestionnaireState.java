package app.quadratus.outcomes;

import java.util.Optional;

/**
 * Where a client is in a questionnaire: the question to show (empty when every question has an
 * answer and the form can be finished) and how far they have got.
 */
public record QuestionnaireState(OutcomeResponse response, Questionnaire questionnaire,
		Optional<Questionnaire.Question> current) {

	public int answered() {
		return questionnaire.answeredCount(response.answers());
	}

	public int total() {
		return questionnaire.questions().size();
	}

	/** The answer already given to the current question, to show it selected; null if none. */
	public String currentAnswer() {
		return current.map(q -> response.answers().get(q.id())).orElse(null);
	}

	public boolean currentSkipped() {
		return current.map(q -> response.answers().containsKey(q.id()) && response.answers().get(q.id()) == null)
			.orElse(false);
	}

	public Optional<Questionnaire.Question> previous() {
		return current.isPresent() ? current.flatMap(questionnaire::before)
				: Optional.ofNullable(questionnaire.questions().isEmpty() ? null
						: questionnaire.questions().get(questionnaire.questions().size() - 1));
	}
}
