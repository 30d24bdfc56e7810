package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Answering and finishing a questionnaire, whoever holds it (the tablet in the clinic, an emailed
 * link): the callers check who may, this checks what may be answered. Finishing scores the answers
 * with the same rules as the API and compares the score with the client's baseline.
 */
@Component
class Answering {

	private final OutcomeRepository repository;

	private final InstrumentCatalogue catalogue;

	private final OutcomeScoring scoring;

	private final OutcomeInterpretation interpretation;

	private final OutcomeLinks links;

	private final Clock clock;

	Answering(OutcomeRepository repository, InstrumentCatalogue catalogue, OutcomeScoring scoring,
			OutcomeInterpretation interpretation, OutcomeLinks links, Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.scoring = scoring;
		this.interpretation = interpretation;
		this.links = links;
		this.clock = clock;
	}

	Questionnaire questionnaire(OutcomeResponse response) {
		return Questionnaire.of(catalogue.instrument(response.measure()), response.activities());
	}

	/** The question asked for, or the first one still unanswered. */
	QuestionnaireState state(OutcomeResponse response, String questionId) {
		Questionnaire questionnaire = questionnaire(response);
		var current = questionId == null ? questionnaire.firstUnanswered(response.answers())
				: questionnaire.question(questionId).or(() -> questionnaire.firstUnanswered(response.answers()));
		return new QuestionnaireState(response, questionnaire, current);
	}

	/**
	 * Saves one answer at once, so nothing is lost if the client stops here.
	 * @param value an option's value, or null to skip a question the instrument lets the client leave out
	 */
	OutcomeResponse answer(OutcomeResponse response, String questionId, String value) {
		Questionnaire.Question question = questionnaire(response).question(questionId)
			.orElseThrow(() -> new InvalidFieldException("question", "outcomes.answer.unknownQuestion"));
		if (value == null && !question.skippable()) {
			throw new InvalidFieldException("answer", "outcomes.answer.required");
		}
		if (value != null && question.options().stream().noneMatch(option -> option.value().equals(value))) {
			throw new InvalidFieldException("answer", "outcomes.answer.invalid");
		}
		OutcomeResponse changed = response.answer(questionId, value, clock.instant());
		save(changed);
		return changed;
	}

	/**
	 * Scores the answers and closes the questionnaire (and any link to it).
	 * @throws InvalidFieldException when a question is unanswered or the rule cannot score the form
	 * (e.g. fewer than 8 ODI sections answered)
	 */
	OutcomeResponse finish(OutcomeResponse response) {
		return finish(response, clock.instant());
	}

	/** Finishes at a given time: the demo's history is completed in the past. */
	OutcomeResponse finish(OutcomeResponse response, java.time.Instant at) {
		Questionnaire questionnaire = questionnaire(response);
		if (questionnaire.firstUnanswered(response.answers()).isPresent()) {
			throw new InvalidFieldException("answers", "outcomes.finish.unanswered");
		}
		Score score = scoring.score(response.measure(), AnswerSheet.toScoringAnswers(questionnaire, response.answers()));
		BigDecimal baseline = repository.baselineScore(response.clinicId(), response.clientId(), response.measure())
			.orElse(null);
		OutcomeResponse completed = response.complete(CompletedScore.of(score, baseline, interpretation), at);
		save(completed);
		links.useUp(response.clinicId(), response.id(), at);
		return completed;
	}

	OutcomeResponse load(UUID clinicId, UUID clientId, UUID responseId) {
		return repository.response(clinicId, clientId, responseId)
			.orElseThrow(() -> new app.quadratus.shared.NotFoundException("questionnaire"));
	}

	private void save(OutcomeResponse response) {
		if (!repository.update(response)) {
			// Someone finished it first (the same link open twice, a double tap).
			throw new ConflictException("outcomes.alreadyCompleted");
		}
	}
}
