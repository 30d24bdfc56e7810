package app.quadratus.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.intake.AssessmentFindings.RegionPain;
import app.quadratus.intake.AssessmentFindings.TestFinding;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import app.quadratus.screening.StartBack;
import app.quadratus.screening.TestResult;

/**
 * The demo's clinical stories, one per pattern the engine knows, written as a therapist would enter
 * them. The screening is not stored here: the engine decides, and a test checks each story lands on
 * its pattern.
 */
final class DemoAssessments {

	private final List<RegionPain> pain = new ArrayList<>();

	private final Map<RedFlag, Answer> flags = new EnumMap<>(RedFlag.class);

	private final Map<ScreeningTest, TestFinding> tests = new EnumMap<>(ScreeningTest.class);

	private final Set<AggravatingFactor> factors = EnumSet.noneOf(AggravatingFactor.class);

	private final Map<String, PalpationResponse> palpation = new TreeMap<>();

	private OnsetType onset = OnsetType.GRADUAL;

	private int days = 21;

	private boolean prior;

	private StartBack startBack;

	private DemoAssessments() {
		// Every story asks every red flag; the answers default to "no".
		for (RedFlag flag : RedFlag.values()) {
			flags.put(flag, Answer.NO);
		}
	}

	static AssessmentFindings caudaEquina(int age) {
		return story().pain("lower_lumbar", BodySide.BOTH, 7, PainQuality.ACHE)
			.pain("posterior_thigh", BodySide.BOTH, 6, PainQuality.TINGLING)
			.flag(RedFlag.URINARY_DYSFUNCTION).flag(RedFlag.BILATERAL_LEG_SYMPTOMS)
			.onset(OnsetType.SUDDEN, 3).build(age);
	}

	static AssessmentFindings seriousPathology(int age) {
		return story().pain("mid_back", BodySide.BOTH, 6, PainQuality.ACHE)
			.pain("thoracolumbar", BodySide.RIGHT, 5, PainQuality.ACHE)
			.flag(RedFlag.HISTORY_OF_CANCER).flag(RedFlag.CONSTANT_NIGHT_PAIN).flag(RedFlag.THORACIC_PAIN)
			.onset(OnsetType.GRADUAL, 42).build(age);
	}

	static AssessmentFindings radicular(int age) {
		return story().pain("lower_lumbar", BodySide.LEFT, 4, PainQuality.ACHE)
			.pain("posterior_thigh", BodySide.LEFT, 6, PainQuality.SHARP)
			.pain("lateral_leg", BodySide.LEFT, 7, PainQuality.TINGLING)
			.test(ScreeningTest.SLR, TestResult.POSITIVE, BodySide.LEFT)
			.test(ScreeningTest.SLUMP, TestResult.POSITIVE, BodySide.LEFT)
			.test(ScreeningTest.DERMATOMAL_SENSATION, TestResult.POSITIVE, BodySide.LEFT)
			.test(ScreeningTest.MYOTOMAL_STRENGTH, TestResult.NEGATIVE, BodySide.LEFT)
			.factor(AggravatingFactor.COUGHING_SNEEZING_STRAINING).factor(AggravatingFactor.BENDING_FORWARD)
			.onset(OnsetType.SUDDEN, 18).build(age);
	}

	static AssessmentFindings deepGluteal(int age) {
		return story().pain("mid_buttock", BodySide.RIGHT, 7, PainQuality.ACHE)
			.pain("posterior_thigh", BodySide.RIGHT, 4, PainQuality.TINGLING)
			.test(ScreeningTest.SLR, TestResult.NEGATIVE, BodySide.RIGHT)
			.test(ScreeningTest.FAIR, TestResult.POSITIVE, BodySide.RIGHT)
			.test(ScreeningTest.SEATED_PIRIFORMIS_STRETCH, TestResult.POSITIVE, BodySide.RIGHT)
			.test(ScreeningTest.REFLEXES, TestResult.NEGATIVE, BodySide.RIGHT)
			.factor(AggravatingFactor.PROLONGED_SITTING).factor(AggravatingFactor.DRIVING)
			.onset(OnsetType.GRADUAL, 35).build(age);
	}

	static AssessmentFindings sacroiliac(int age) {
		return story().pain("sij", BodySide.RIGHT, 6, PainQuality.SHARP)
			.pain("upper_buttock", BodySide.RIGHT, 3, PainQuality.ACHE)
			.test(ScreeningTest.SLR, TestResult.NEGATIVE, BodySide.RIGHT)
			.test(ScreeningTest.SIJ_DISTRACTION, TestResult.POSITIVE, null)
			.test(ScreeningTest.SIJ_THIGH_THRUST, TestResult.POSITIVE, BodySide.RIGHT)
			.test(ScreeningTest.SIJ_COMPRESSION, TestResult.POSITIVE, null)
			.factor(AggravatingFactor.TURNING_IN_BED).factor(AggravatingFactor.SINGLE_LEG_STANDING)
			.onset(OnsetType.GRADUAL, 60).build(age);
	}

	/** Gluteus minimus "pseudo-sciatica": buttock and the outside of the thigh and leg. */
	static AssessmentFindings myofascial(int age, int severity) {
		return story().pain("lower_buttock", BodySide.LEFT, severity, PainQuality.ACHE)
			.pain("lateral_thigh", BodySide.LEFT, Math.max(1, severity - 1), PainQuality.ACHE)
			.pain("lateral_leg", BodySide.LEFT, Math.max(1, severity - 3), PainQuality.ACHE)
			.test(ScreeningTest.SLR, TestResult.NEGATIVE, BodySide.LEFT)
			.test(ScreeningTest.SLUMP, TestResult.NEGATIVE, BodySide.LEFT)
			.factor(AggravatingFactor.RISING_FROM_SITTING).factor(AggravatingFactor.LYING_ON_AFFECTED_SIDE)
			.palpated("gluteus_minimus", PalpationResponse.REPRODUCED_FAMILIAR_PAIN)
			.palpated("piriformis", PalpationResponse.LOCAL_TENDERNESS)
			.startBack(new StartBack(3, 1)).onset(OnsetType.GRADUAL, 28).build(age);
	}

	static AssessmentFindings nonSpecific(int age) {
		return story().pain("lower_lumbar", BodySide.BOTH, 4, PainQuality.ACHE)
			.pain("upper_lumbar", BodySide.BOTH, 3, PainQuality.ACHE)
			.test(ScreeningTest.SLR, TestResult.NEGATIVE, BodySide.BOTH)
			.factor(AggravatingFactor.BENDING_FORWARD).factor(AggravatingFactor.PROLONGED_STANDING)
			.startBack(new StartBack(2, 1)).onset(OnsetType.GRADUAL, 14).build(age);
	}

	private static DemoAssessments story() {
		return new DemoAssessments();
	}

	private DemoAssessments pain(String region, BodySide side, int intensity, PainQuality quality) {
		pain.add(new RegionPain(region, side, intensity, quality, intensity >= 6 ? PainTiming.CONSTANT
				: PainTiming.INTERMITTENT));
		return this;
	}

	private DemoAssessments flag(RedFlag flag) {
		flags.put(flag, Answer.YES);
		return this;
	}

	private DemoAssessments test(ScreeningTest test, TestResult result, BodySide side) {
		tests.put(test, new TestFinding(result, side));
		return this;
	}

	private DemoAssessments factor(AggravatingFactor factor) {
		factors.add(factor);
		return this;
	}

	private DemoAssessments palpated(String muscle, PalpationResponse response) {
		palpation.put(muscle, response);
		return this;
	}

	private DemoAssessments startBack(StartBack scores) {
		startBack = scores;
		return this;
	}

	private DemoAssessments onset(OnsetType type, int durationDays) {
		onset = type;
		days = durationDays;
		return this;
	}

	private AssessmentFindings build(int age) {
		return new AssessmentFindings(age, pain, flags, tests, factors, onset, days, prior, startBack, palpation);
	}
}
