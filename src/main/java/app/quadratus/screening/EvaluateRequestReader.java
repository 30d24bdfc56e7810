package app.quadratus.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.PainMark;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.atlas.Term;
import app.quadratus.atlas.Terms;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;

/**
 * Turns a request into engine input, collecting every unknown id and out-of-range value with the path of
 * its field ({@code painRegions[0].region}, {@code redFlags.foo}, {@code age}) so the client can fix all of
 * them at once. Absent red flags stay unknown and absent tests not done, as the contract says.
 */
/* One reader per request: it collects that request's problems. */
final class EvaluateRequestReader {

	private final Atlas atlas;

	private final List<FieldProblem> problems = new ArrayList<>();

	EvaluateRequestReader(Atlas atlas) {
		this.atlas = atlas;
	}

	ScreeningInput read(EvaluateRequest request) {
		int age = age(request.age());
		Sex sex = term(Sex.class, request.sex(), "sex").orElse(Sex.UNKNOWN);
		OnsetType onsetType = OnsetType.UNKNOWN;
		Integer durationDays = null;
		if (request.onset() != null) {
			onsetType = term(OnsetType.class, request.onset().type(), "onset.type").orElse(OnsetType.UNKNOWN);
			durationDays = range(request.onset().durationDays(), 0, Integer.MAX_VALUE, "onset.durationDays", false);
		}
		List<PainMark> marks = painMarks(request.painRegions());
		Map<RedFlag, Answer> redFlags = answers(RedFlag.class, Answer.class, request.redFlags(), "redFlags");
		Map<ScreeningTest, TestResult> tests = answers(ScreeningTest.class, TestResult.class, request.tests(), "tests");
		Set<AggravatingFactor> factors = factors(request.aggravatingFactors());
		StartBack startBack = null;
		if (request.startBack() != null) {
			startBack = new StartBack(range(request.startBack().total(), 0, 9, "startBack.total", false),
					range(request.startBack().distress(), 0, 5, "startBack.distress", false));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		Boolean palpation = request.palpation() == null ? null : request.palpation().reproducesFamiliarPain();
		return new ScreeningInput(age, sex, onsetType, durationDays, Boolean.TRUE.equals(request.priorMedicalAssessment()),
				marks, redFlags, tests, palpation, factors, startBack);
	}

	private int age(Integer age) {
		if (age == null) {
			problems.add(new FieldProblem("age", "is required"));
			return ScreeningInput.MINIMUM_AGE;
		}
		if (age < ScreeningInput.MINIMUM_AGE) {
			problems.add(new FieldProblem("age", "must be at least 16: screening covers adults and over-16s only"));
		}
		else if (age > ScreeningInput.MAXIMUM_AGE) {
			problems.add(new FieldProblem("age", "must be at most 120"));
		}
		return age;
	}

	private List<PainMark> painMarks(List<EvaluateRequest.PainRegion> regions) {
		List<PainMark> marks = new ArrayList<>();
		if (regions == null) {
			return marks;
		}
		for (int i = 0; i < regions.size(); i++) {
			String path = "painRegions[" + i + "]";
			EvaluateRequest.PainRegion region = regions.get(i);
			if (region == null) {
				problems.add(new FieldProblem(path, "must be a region with side and intensity"));
				continue;
			}
			boolean known = region.region() != null && atlas.region(region.region()).isPresent();
			if (!known) {
				problems.add(new FieldProblem(path + ".region", region.region() == null ? "is required"
						: "is not a known region id: " + region.region()));
			}
			Optional<BodySide> side = term(BodySide.class, region.side(), path + ".side");
			Integer intensity = range(region.intensity(), 0, 10, path + ".intensity", true);
			if (known && intensity != null) {
				marks.add(new PainMark(region.region(), side.orElse(null), intensity));
			}
		}
		return marks;
	}

	private <K extends Enum<K> & Term, V extends Enum<V> & Term> Map<K, V> answers(Class<K> keys, Class<V> values,
			Map<String, String> sent, String field) {
		Map<K, V> answers = new EnumMap<>(keys);
		if (sent == null) {
			return answers;
		}
		sent.forEach((id, value) -> {
			Optional<K> key = Terms.byId(keys, id);
			if (key.isEmpty()) {
				problems.add(new FieldProblem(field + "." + id, "is not a known id"));
			}
			else if (value != null) {
				// A null answer is the same as leaving the id out: unknown, or not done.
				term(values, value, field + "." + id).ifPresent(answer -> answers.put(key.get(), answer));
			}
		});
		return answers;
	}

	private Set<AggravatingFactor> factors(List<String> ids) {
		Set<AggravatingFactor> factors = EnumSet.noneOf(AggravatingFactor.class);
		if (ids == null) {
			return factors;
		}
		for (int i = 0; i < ids.size(); i++) {
			String path = "aggravatingFactors[" + i + "]";
			if (ids.get(i) == null) {
				problems.add(new FieldProblem(path, "is required"));
			}
			else {
				term(AggravatingFactor.class, ids.get(i), path).ifPresent(factors::add);
			}
		}
		return factors;
	}

	/** Null when absent (and then a problem only if required) or out of range. */
	private Integer range(Integer value, int min, int max, String field, boolean required) {
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return null;
		}
		if (value < min || value > max) {
			problems.add(new FieldProblem(field, max == Integer.MAX_VALUE ? "must be at least " + min
					: "must be between " + min + " and " + max));
			return null;
		}
		return value;
	}

	/** An absent word is fine (the field is optional); a word outside the vocabulary is not. */
	private <T extends Enum<T> & Term> Optional<T> term(Class<T> vocabulary, String id, String field) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<T> term = Terms.byId(vocabulary, id);
		if (term.isEmpty()) {
			problems.add(new FieldProblem(field, "is not one of " + String.join(", ",
					java.util.Arrays.stream(vocabulary.getEnumConstants()).map(Term::id).toList())));
		}
		return term;
	}
}
