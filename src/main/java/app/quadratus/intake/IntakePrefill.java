package app.quadratus.intake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.Terms;
import app.quadratus.intake.AssessmentFindings.RegionPain;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import app.quadratus.screening.StartBack;
import app.quadratus.shared.LatestScores;
import org.springframework.stereotype.Component;

/**
 * The first assessment, prefilled from what the client submitted before the visit: the pain drawing,
 * red-flag answers, what makes it worse, how it began and how long ago, whether a doctor has seen it,
 * and the STarT Back the client completed (the outcomes module's score, read through
 * {@link LatestScores} so intake does not depend on outcomes).
 */
@Component
class IntakePrefill {

	private final LatestScores scores;

	private final IntakeVocabulary vocabulary;

	IntakePrefill(LatestScores scores, IntakeVocabulary vocabulary) {
		this.scores = scores;
		this.vocabulary = vocabulary;
	}

	AssessmentFindings findings(UUID clientId, IntakeAnswers answers, int age) {
		List<RegionPain> pain = vocabulary.pain(answers);
		Map<RedFlag, Answer> flags = new EnumMap<>(RedFlag.class);
		answers.getRedFlags().forEach((id, answer) -> Terms.byId(RedFlag.class, id).ifPresent(flag -> {
			Answer parsed = value(Answer.class, answer);
			if (parsed != null) {
				flags.put(flag, parsed);
			}
		}));
		Set<AggravatingFactor> factors = EnumSet.noneOf(AggravatingFactor.class);
		answers.getWorseWith().forEach(id -> Terms.byId(AggravatingFactor.class, id).ifPresent(factors::add));
		OnsetType onset = value(OnsetType.class, answers.getOnset());
		Integer days = answers.getDurationWeeks() == null ? null : answers.getDurationWeeks() * 7;
		StartBack startBack = startBack(clientId).orElse(null);
		return new AssessmentFindings(age, pain, flags, Map.of(), factors, onset, days,
				"YES".equals(answers.getSeenDoctor()), startBack, Map.of());
	}

	Optional<StartBack> startBack(UUID clientId) {
		return scores.latestStartBack(clientId).map(s -> new StartBack(s.total(), s.distress()));
	}

	/** The client's latest questionnaire scores (ODI, STarT Back...), for the intake summary. */
	List<LatestScores.Score> scores(UUID clientId) {
		return scores.of(clientId);
	}

	private static <T extends Enum<T>> T value(Class<T> type, String name) {
		return IntakeChecks.isEnum(type, name) ? Enum.valueOf(type, name) : null;
	}
}
