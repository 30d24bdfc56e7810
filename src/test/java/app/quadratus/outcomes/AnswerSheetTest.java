package app.quadratus.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Answers saved one by one on the tablet are scored exactly as the same answers sent to the API. */
class AnswerSheetTest {

	private final InstrumentCatalogue catalogue = InstrumentCatalogue.shipped();

	private final OutcomeScoring scoring = new OutcomeScoring(catalogue);

	@Test
	void aSkippedOdiSectionShrinksTheDenominatorAsTheContractExampleDoes() {
		// The contract's example: 2+1+3+1+2+2+1+(sex life null)+2+2 = 16 over 9 sections: 16/45 = 35.6%.
		Map<String, String> answers = new LinkedHashMap<>();
		String[] values = { "2", "1", "3", "1", "2", "2", "1", null, "2", "2" };
		List<Item> sections = catalogue.instrument(OutcomeMeasure.ODI).items();
		for (int i = 0; i < values.length; i++) {
			answers.put(sections.get(i).id(), values[i]);
		}
		OdiScore score = (OdiScore) score(OutcomeMeasure.ODI, List.of(), answers);
		assertThat(score.score()).isEqualByComparingTo("35.6");
		assertThat(score.answered()).isEqualTo(9);
		assertThat(score.band().id()).isEqualTo("moderate");
	}

	@Test
	void startBackWordsAndBooleansKeepTheirTypes() {
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put("q" + i, String.valueOf(i >= 4));
		}
		answers.put("q9", "extremely");
		StartBackScore score = (StartBackScore) score(OutcomeMeasure.STARTBACK, List.of(), answers);
		assertThat(score.total()).isEqualTo(6);
		assertThat(score.distress()).isEqualTo(5);
		assertThat(score.risk()).isEqualTo(StartBackRisk.HIGH);
	}

	@Test
	void psfsRatesTheActivitiesTheTherapistRecorded() {
		Map<String, String> answers = Map.of("1", "3", "2", "4", "3", "4");
		Questionnaire questionnaire = Questionnaire.of(catalogue.instrument(OutcomeMeasure.PSFS),
				List.of("Sitting for an hour", "Lifting a child", "Walking the dog"));
		assertThat(questionnaire.questions()).extracting(Questionnaire.Question::text)
			.containsExactly("Sitting for an hour", "Lifting a child", "Walking the dog");
		PsfsScore score = (PsfsScore) score(OutcomeMeasure.PSFS, questionnaire.questions().stream()
			.map(Questionnaire.Question::text).toList(), answers);
		assertThat(score.score()).isEqualByComparingTo("3.67");
	}

	@Test
	void onlyTheOdiLetsAQuestionBeSkipped() {
		assertThat(Questionnaire.of(catalogue.instrument(OutcomeMeasure.ODI), List.of()).questions())
			.allMatch(Questionnaire.Question::skippable);
		for (OutcomeMeasure other : List.of(OutcomeMeasure.NPRS, OutcomeMeasure.RMDQ, OutcomeMeasure.STARTBACK,
				OutcomeMeasure.LEFS)) {
			assertThat(Questionnaire.of(catalogue.instrument(other), List.of()).questions()).noneMatch(Questionnaire.Question::skippable);
		}
	}

	private Score score(OutcomeMeasure measure, List<String> activities, Map<String, String> answers) {
		Questionnaire questionnaire = Questionnaire.of(catalogue.instrument(measure), activities);
		return scoring.score(measure, AnswerSheet.toScoringAnswers(questionnaire, answers));
	}
}
