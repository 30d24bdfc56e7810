package app.quadratus.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.PainMark;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;

/**
 * The findings of one assessment, as the engine reads them. A red flag that is absent counts as
 * {@link Answer#UNKNOWN}, a test that is absent as {@link TestResult#NOT_DONE}.
 *
 * @param sex never null ({@link Sex#UNKNOWN} when not recorded)
 * @param onsetType never null ({@link OnsetType#UNKNOWN} when not recorded)
 * @param durationDays null when not recorded
 * @param reproducesFamiliarPain null when the client was not palpated
 * @param startBack null when not scored
 */
public record ScreeningInput(int age, Sex sex, OnsetType onsetType, Integer durationDays,
		boolean priorMedicalAssessment, List<PainMark> painMarks, Map<RedFlag, Answer> redFlags,
		Map<ScreeningTest, TestResult> tests, Boolean reproducesFamiliarPain, Set<AggravatingFactor> aggravatingFactors,
		StartBack startBack) {

	public static final int MINIMUM_AGE = 16;

	public static final int MAXIMUM_AGE = 120;

	public ScreeningInput {
		if (age < MINIMUM_AGE || age > MAXIMUM_AGE) {
			// NICE NG59 and the rules behind this engine cover over-16s only.
			throw new IllegalArgumentException("age must be " + MINIMUM_AGE + "-" + MAXIMUM_AGE + ", was " + age);
		}
		if (durationDays != null && durationDays < 0) {
			throw new IllegalArgumentException("durationDays must not be negative");
		}
		sex = sex == null ? Sex.UNKNOWN : sex;
		onsetType = onsetType == null ? OnsetType.UNKNOWN : onsetType;
		painMarks = List.copyOf(painMarks);
		redFlags = redFlags.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(redFlags));
		tests = tests.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(tests));
		aggravatingFactors = aggravatingFactors.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(aggravatingFactors));
	}

	public Answer answer(RedFlag flag) {
		return redFlags.getOrDefault(flag, Answer.UNKNOWN);
	}

	public boolean yes(RedFlag flag) {
		return answer(flag) == Answer.YES;
	}

	public TestResult result(ScreeningTest test) {
		return tests.getOrDefault(test, TestResult.NOT_DONE);
	}

	public boolean positive(ScreeningTest test) {
		return result(test) == TestResult.POSITIVE;
	}

	public static Builder forAge(int age) {
		return new Builder(age);
	}

	/** Builds an input step by step; convenient for forms and tests. */
	public static final class Builder {

		private final int age;

		private Sex sex = Sex.UNKNOWN;

		private OnsetType onsetType = OnsetType.UNKNOWN;

		private Integer durationDays;

		private boolean priorMedicalAssessment;

		private final List<PainMark> painMarks = new ArrayList<>();

		private final Map<RedFlag, Answer> redFlags = new EnumMap<>(RedFlag.class);

		private final Map<ScreeningTest, TestResult> tests = new EnumMap<>(ScreeningTest.class);

		private Boolean reproducesFamiliarPain;

		private final Set<AggravatingFactor> factors = EnumSet.noneOf(AggravatingFactor.class);

		private StartBack startBack;

		private Builder(int age) {
			this.age = age;
		}

		public Builder sex(Sex sex) {
			this.sex = sex;
			return this;
		}

		public Builder onset(OnsetType type, Integer durationDays) {
			this.onsetType = type;
			this.durationDays = durationDays;
			return this;
		}

		public Builder priorMedicalAssessment(boolean assessed) {
			this.priorMedicalAssessment = assessed;
			return this;
		}

		public Builder pain(String region, BodySide side, int intensity) {
			painMarks.add(new PainMark(region, side, intensity));
			return this;
		}

		public Builder painMarks(Collection<PainMark> marks) {
			painMarks.addAll(marks);
			return this;
		}

		public Builder redFlag(RedFlag flag, Answer answer) {
			redFlags.put(flag, answer);
			return this;
		}

		public Builder test(ScreeningTest test, TestResult result) {
			tests.put(test, result);
			return this;
		}

		public Builder palpation(Boolean reproducesFamiliarPain) {
			this.reproducesFamiliarPain = reproducesFamiliarPain;
			return this;
		}

		public Builder aggravatedBy(AggravatingFactor... aggravating) {
			factors.addAll(List.of(aggravating));
			return this;
		}

		public Builder startBack(StartBack scores) {
			this.startBack = scores;
			return this;
		}

		public ScreeningInput build() {
			return new ScreeningInput(age, sex, onsetType, durationDays, priorMedicalAssessment, painMarks, redFlags,
					tests, reproducesFamiliarPain, factors, startBack);
		}
	}
}
