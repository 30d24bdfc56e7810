package app.quadratus.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.RedFlag;
import app.quadratus.screening.Answer;
import app.quadratus.screening.ScreeningEngine;
import app.quadratus.screening.ScreeningInput;
import app.quadratus.screening.Urgency;
import org.springframework.stereotype.Component;

/**
 * The red-flag questions of the client's intake: the screening's own red flags (clinical facts §4.1),
 * asked in plain words, cauda equina first as on the assessment page, each with the sources its rule
 * cites. What a "yes" means is decided by the screening engine itself, so the client is told the same
 * urgency the therapist would see.
 */
@Component
public class RedFlagQuestions {

	/** One question: the flag, the sources behind asking it ("[S36a] GIRFT …"). */
	public record Question(RedFlag flag, List<String> sources) {
	}

	/** What the client is told after answering: nothing, see your GP (soon or today), or 999 / A&E now. */
	public enum Advice {
		NONE, MENTION_TO_THERAPIST, GP_TODAY, EMERGENCY_NOW
	}

	private static final Map<RedFlag, List<String>> SOURCES = sources();

	private final Atlas atlas;

	private final ScreeningEngine engine;

	RedFlagQuestions(Atlas atlas, ScreeningEngine engine) {
		this.atlas = atlas;
		this.engine = engine;
	}

	/** Every question, cauda equina first. */
	public List<Question> questions() {
		List<Question> questions = new ArrayList<>();
		AssessmentPageModel.CES_FLAGS.forEach(f -> questions.add(question(f)));
		for (RedFlag flag : RedFlag.values()) {
			if (!AssessmentPageModel.CES_FLAGS.contains(flag)) {
				questions.add(question(flag));
			}
		}
		return questions;
	}

	/**
	 * The advice for these answers, from the engine's urgency for the red flags alone: an emergency
	 * referral is "999 / A&E now", an urgent one "your GP today"; a "yes" that needs no referral by
	 * itself is still mentioned, calmly, as something the therapist will ask about.
	 */
	public Advice advice(Map<String, String> answers, int age) {
		Map<RedFlag, Answer> parsed = new EnumMap<>(RedFlag.class);
		answers.forEach((id, answer) -> app.quadratus.atlas.Terms.byId(RedFlag.class, id).ifPresent(flag -> {
			if ("YES".equals(answer)) {
				parsed.put(flag, Answer.YES);
			}
		}));
		if (parsed.isEmpty()) {
			return Advice.NONE;
		}
		ScreeningInput.Builder input = ScreeningInput.forAge(
				Math.max(ScreeningInput.MINIMUM_AGE, Math.min(ScreeningInput.MAXIMUM_AGE, age)));
		parsed.forEach(input::redFlag);
		Urgency urgency = engine.evaluate(input.build()).urgency();
		return switch (urgency) {
			case EMERGENCY_REFERRAL -> Advice.EMERGENCY_NOW;
			case URGENT_REFERRAL -> Advice.GP_TODAY;
			default -> Advice.MENTION_TO_THERAPIST;
		};
	}

	private Question question(RedFlag flag) {
		return new Question(flag, SOURCES.getOrDefault(flag, List.of()).stream()
			.filter(atlas::hasSource)
			.map(key -> "[" + key + "] " + atlas.citation(key))
			.toList());
	}

	/** The sources the screening rules cite for each flag (RedFlagTriage, SeriousPathology). */
	private static Map<RedFlag, List<String>> sources() {
		Map<RedFlag, List<String>> sources = new EnumMap<>(RedFlag.class);
		for (RedFlag flag : AssessmentPageModel.CES_FLAGS) {
			sources.put(flag, List.of("S36a", "S36d"));
		}
		sources.put(RedFlag.PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT, List.of("S37c"));
		sources.put(RedFlag.HISTORY_OF_CANCER, List.of("S40", "S42a"));
		sources.put(RedFlag.UNEXPLAINED_WEIGHT_LOSS, List.of("S40", "S39"));
		sources.put(RedFlag.CONSTANT_NIGHT_PAIN, List.of("S40", "S39"));
		sources.put(RedFlag.FEVER_OR_SYSTEMICALLY_UNWELL, List.of("S45a", "S37c"));
		sources.put(RedFlag.IMMUNOSUPPRESSION_OR_IVDU, List.of("S45a", "S37c"));
		sources.put(RedFlag.SIGNIFICANT_TRAUMA, List.of("S40"));
		sources.put(RedFlag.PROLONGED_CORTICOSTEROID_USE, List.of("S40"));
		sources.put(RedFlag.KNOWN_OSTEOPOROSIS, List.of("S40"));
		sources.put(RedFlag.THORACIC_PAIN, List.of("S39"));
		sources.put(RedFlag.PULSATILE_ABDOMINAL_MASS_OR_COLLAPSE, List.of("S44a", "S44d"));
		sources.put(RedFlag.INFLAMMATORY_BACK_PAIN_FEATURES, List.of("S43a"));
		return sources;
	}
}
