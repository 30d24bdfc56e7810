package app.quadratus.intake;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.PainMark;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import app.quadratus.screening.ScreeningInput;
import app.quadratus.screening.StartBack;
import app.quadratus.screening.TestResult;

/**
 * What the therapist found at one assessment, as entered, with the client's age that day (the screening
 * rules depend on it). Collections are sorted on construction so the
 * same findings always serialise to the same JSON (the stored content hash depends on it).
 *
 * @param onsetType never null ({@link OnsetType#UNKNOWN} when not recorded)
 * @param durationDays null when not recorded
 * @param startBack null when not scored
 */
public record AssessmentFindings(int ageYears, List<RegionPain> pain, Map<RedFlag, Answer> redFlags,
		Map<ScreeningTest, TestFinding> tests, Set<AggravatingFactor> aggravatingFactors, OnsetType onsetType,
		Integer durationDays, boolean priorMedicalAssessment, StartBack startBack,
		Map<String, PalpationResponse> palpation) {

	public AssessmentFindings {
		pain = pain.stream().sorted(Comparator.comparing(RegionPain::region)).toList();
		redFlags = Collections.unmodifiableMap(redFlags.isEmpty() ? new EnumMap<>(RedFlag.class) : new EnumMap<>(redFlags));
		tests = Collections.unmodifiableMap(tests.isEmpty() ? new EnumMap<>(ScreeningTest.class) : new EnumMap<>(tests));
		aggravatingFactors = Collections.unmodifiableSet(aggravatingFactors.isEmpty()
				? EnumSet.noneOf(AggravatingFactor.class) : EnumSet.copyOf(aggravatingFactors));
		onsetType = onsetType == null ? OnsetType.UNKNOWN : onsetType;
		palpation = Collections.unmodifiableMap(new TreeMap<>(palpation));
	}

	/** One painful region of the drawing. Side is null for midline regions (sacrum, coccyx, perineum). */
	public record RegionPain(String region, BodySide side, int intensity, PainQuality quality, PainTiming timing) {
	}

	/** A test's result and the side it was done on (null when not sided or not recorded). */
	public record TestFinding(TestResult result, BodySide side) {
	}

	/**
	 * The engine's single palpation input: true if any muscle reproduced the familiar pain, false if
	 * muscles were palpated and none did, null if none was palpated.
	 */
	public Boolean reproducesFamiliarPain() {
		if (palpation.isEmpty()) {
			return null;
		}
		return palpation.containsValue(PalpationResponse.REPRODUCED_FAMILIAR_PAIN);
	}

	public ScreeningInput toScreeningInput() {
		ScreeningInput.Builder input = ScreeningInput.forAge(ageYears)
			.onset(onsetType, durationDays)
			.priorMedicalAssessment(priorMedicalAssessment)
			.palpation(reproducesFamiliarPain())
			.startBack(startBack)
			.aggravatedBy(aggravatingFactors.toArray(AggravatingFactor[]::new));
		pain.forEach(mark -> input.pain(mark.region(), mark.side(), mark.intensity()));
		redFlags.forEach(input::redFlag);
		tests.forEach((test, finding) -> input.test(test, finding.result()));
		return input.build();
	}

	public Answer answer(RedFlag flag) {
		return redFlags.getOrDefault(flag, Answer.UNKNOWN);
	}

	public List<PainMark> painMarks() {
		return pain.stream().map(p -> new PainMark(p.region(), p.side(), p.intensity())).toList();
	}

	/** The same findings at another age: a saved assessment keeps the age the client was then. */
	public AssessmentFindings atAge(int age) {
		return new AssessmentFindings(age, pain, redFlags, tests, aggravatingFactors, onsetType, durationDays,
				priorMedicalAssessment, startBack, palpation);
	}

	public static AssessmentFindings empty(int age) {
		return new AssessmentFindings(age, List.of(), Map.of(), Map.of(), Set.of(), OnsetType.UNKNOWN, null, false, null,
				Map.of());
	}
}
