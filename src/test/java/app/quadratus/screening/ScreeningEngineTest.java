package app.quadratus.screening;

import static app.quadratus.atlas.BodySide.RIGHT;
import static app.quadratus.atlas.RedFlag.*;
import static app.quadratus.atlas.ScreeningTest.*;
import static app.quadratus.screening.Answer.NO;
import static app.quadratus.screening.Answer.YES;
import static app.quadratus.screening.TestResult.NEGATIVE;
import static app.quadratus.screening.TestResult.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.CandidateMuscle;
import app.quadratus.atlas.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per decision rule of clinical facts §4.6; the API-level cases are in ScreeningApiTest. */
class ScreeningEngineTest {

	static final ScreeningEngine engine = new ScreeningEngine(Atlas.load());

	static ScreeningInput.Builder client() {
		return ScreeningInput.forAge(45);
	}

	static ScreeningInput.Builder allCesNo(ScreeningInput.Builder builder) {
		ClinicalSigns.CES_ITEMS.forEach(flag -> builder.redFlag(flag, NO));
		return builder;
	}

	static List<String> codes(ScreeningResult result) {
		return result.findings().stream().map(Finding::code).toList();
	}

	static List<String> muscles(ScreeningResult result) {
		return result.candidateMuscles().stream().map(CandidateMuscle::muscleId).toList();
	}

	// Rule 1 and 2: cauda equina

	@ParameterizedTest
	@EnumSource(value = RedFlag.class, names = { "URINARY_DYSFUNCTION", "SADDLE_OR_GENITAL_SENSORY_CHANGE",
			"LOSS_OF_RECTAL_SENSATION_OR_FAECAL_INCONTINENCE", "NEW_SEXUAL_DYSFUNCTION", "BILATERAL_LEG_SYMPTOMS" })
	void anyCaudaEquinaCriterionIsAnEmergencyWhateverTheEpisodeLength(RedFlag criterion) {
		ScreeningResult result = engine.evaluate(client().onset(OnsetType.GRADUAL, 400).redFlag(criterion, YES)
			.pain("lower_lumbar", RIGHT, 3).build());
		assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY_REFERRAL);
		assertThat(result.pattern()).isEqualTo(PainPattern.CAUDA_EQUINA);
		assertThat(codes(result)).startsWith("cauda-equina-criteria");
	}

	@Test
	void unansweredCaudaEquinaItemsAreListedAsQuestionsStillToAsk() {
		ScreeningResult result = engine.evaluate(client().redFlag(URINARY_DYSFUNCTION, NO).build());
		Finding questions = result.findings().stream()
			.filter(f -> f.code().equals("cauda-equina-questions-unanswered")).findFirst().orElseThrow();
		assertThat(questions.text()).contains("back passage").doesNotContain("pass urine");
		assertThat(codes(engine.evaluate(allCesNo(client()).build()))).doesNotContain("cauda-equina-questions-unanswered");
	}

	@Test
	void unknownIsNotYes() {
		ScreeningResult result = engine.evaluate(client().redFlag(URINARY_DYSFUNCTION, Answer.UNKNOWN).build());
		assertThat(result.urgency()).isEqualTo(Urgency.TREAT);
		assertThat(result.pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	@Test
	void theCaudaEquinaSafetyNetIsAlwaysGiven() {
		assertThat(engine.evaluate(allCesNo(client()).build()).safetyNet()).contains("both legs").contains("999");
		assertThat(engine.evaluate(client().redFlag(HISTORY_OF_CANCER, YES).build()).safetyNet())
			.contains("saddle area");
	}

	// Rule 2 and 4: serious pathology

	@Test
	void aPulsatileMassOrCollapseIsAnEmergencyAndSeriousPathology() {
		ScreeningResult result = engine.evaluate(client().redFlag(PULSATILE_ABDOMINAL_MASS_OR_COLLAPSE, YES).build());
		assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY_REFERRAL);
		assertThat(result.pattern()).isEqualTo(PainPattern.SERIOUS_PATHOLOGY);
		assertThat(codes(result)).contains("suspected-aortic-aneurysm");
	}

	@Test
	void cancerWithANeurologicalFindingIsAnEmergency() {
		assertThat(engine.evaluate(client().redFlag(HISTORY_OF_CANCER, YES).test(REFLEXES, POSITIVE).build()).urgency())
			.isEqualTo(Urgency.EMERGENCY_REFERRAL);
		assertThat(engine.evaluate(client().redFlag(HISTORY_OF_CANCER, YES)
			.redFlag(PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT, YES).build()).urgency()).isEqualTo(Urgency.EMERGENCY_REFERRAL);
	}

	@Test
	void cancerWithoutNeurologicalSignsIsUrgent() {
		ScreeningResult result = engine.evaluate(client().redFlag(HISTORY_OF_CANCER, YES).build());
		assertThat(result.urgency()).isEqualTo(Urgency.URGENT_REFERRAL);
		assertThat(result.pattern()).isEqualTo(PainPattern.SERIOUS_PATHOLOGY);
		assertThat(codes(result)).contains("suspected-malignancy");
	}

	@Test
	void weightLossSuggestsMalignancyWithNightPainOrFromFifty() {
		assertThat(engine.evaluate(ScreeningInput.forAge(50).redFlag(UNEXPLAINED_WEIGHT_LOSS, YES).build()).pattern())
			.isEqualTo(PainPattern.SERIOUS_PATHOLOGY);
		assertThat(engine.evaluate(ScreeningInput.forAge(30).redFlag(UNEXPLAINED_WEIGHT_LOSS, YES)
			.redFlag(CONSTANT_NIGHT_PAIN, YES).build()).urgency()).isEqualTo(Urgency.URGENT_REFERRAL);
		ScreeningResult young = engine.evaluate(ScreeningInput.forAge(49).redFlag(UNEXPLAINED_WEIGHT_LOSS, YES).build());
		assertThat(young.pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
		assertThat(young.urgency()).isEqualTo(Urgency.ROUTINE_REFERRAL);
		assertThat(codes(young)).contains("red-flag-needs-review");
	}

	@Test
	void feverOrImmunosuppressionWithNightPainSuggestsInfection() {
		assertThat(engine.evaluate(client().redFlag(FEVER_OR_SYSTEMICALLY_UNWELL, YES).build()).urgency())
			.isEqualTo(Urgency.URGENT_REFERRAL);
		ScreeningResult result = engine.evaluate(client().redFlag(IMMUNOSUPPRESSION_OR_IVDU, YES)
			.redFlag(CONSTANT_NIGHT_PAIN, YES).build());
		assertThat(codes(result)).contains("suspected-infection");
		assertThat(engine.evaluate(client().redFlag(IMMUNOSUPPRESSION_OR_IVDU, YES).build()).pattern())
			.isEqualTo(PainPattern.NON_SPECIFIC);
	}

	@Test
	void traumaOrFragileBoneWithASuddenOnsetSuggestsFracture() {
		assertThat(codes(engine.evaluate(client().redFlag(SIGNIFICANT_TRAUMA, YES).build()))).contains("suspected-fracture");
		ScreeningResult sudden = engine.evaluate(client().onset(OnsetType.SUDDEN, 2).redFlag(KNOWN_OSTEOPOROSIS, YES).build());
		assertThat(sudden.urgency()).isEqualTo(Urgency.URGENT_REFERRAL);
		assertThat(sudden.pattern()).isEqualTo(PainPattern.SERIOUS_PATHOLOGY);
		ScreeningResult gradual = engine.evaluate(client().onset(OnsetType.GRADUAL, 2)
			.redFlag(PROLONGED_CORTICOSTEROID_USE, YES).build());
		assertThat(gradual.pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	@Test
	void aProgressiveMotorDeficitChangesUrgencyButNeverThePattern() {
		ScreeningResult result = engine.evaluate(client().redFlag(PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT, YES)
			.pain("lower_lumbar", RIGHT, 4).build());
		assertThat(result.urgency()).isEqualTo(Urgency.URGENT_REFERRAL);
		assertThat(result.pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	// Rule 5: radicular

	@Test
	void legPainWithAPositiveNeurodynamicTestIsRadicularAndReferredUntilADoctorHasSeenIt() {
		ScreeningInput.Builder builder = client().pain("posterior_thigh", RIGHT, 6).pain("lateral_leg", RIGHT, 5)
			.test(SLUMP, POSITIVE);
		ScreeningResult unassessed = engine.evaluate(builder.build());
		assertThat(unassessed.pattern()).isEqualTo(PainPattern.RADICULAR);
		assertThat(unassessed.urgency()).isEqualTo(Urgency.ROUTINE_REFERRAL);
		assertThat(codes(unassessed)).contains("radicular-signs", "radicular-not-medically-assessed");
		ScreeningResult assessed = engine.evaluate(builder.priorMedicalAssessment(true).build());
		assertThat(assessed.urgency()).isEqualTo(Urgency.TREAT);
	}

	@Test
	void aRootDeficitIsReferredEvenWhenADoctorHasSeenIt() {
		ScreeningResult result = engine.evaluate(client().priorMedicalAssessment(true).pain("shin", RIGHT, 4)
			.test(DERMATOMAL_SENSATION, POSITIVE).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.RADICULAR);
		assertThat(result.urgency()).isEqualTo(Urgency.ROUTINE_REFERRAL);
		assertThat(codes(result)).contains("radicular-deficit");
	}

	@Test
	void nerveTensionSignsWithoutLegPainAreNotRadicular() {
		ScreeningResult result = engine.evaluate(client().pain("lower_lumbar", RIGHT, 6).test(SLR, POSITIVE).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	// Rule 6 and 9: deep gluteal

	@Test
	void buttockDominantPainWithAPiriformisLoadingTestIsDeepGlutealWithPiriformisFirst() {
		ScreeningResult result = engine.evaluate(client().pain("lower_buttock", RIGHT, 7).pain("posterior_thigh", RIGHT, 3)
			.test(PACE, POSITIVE).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.DEEP_GLUTEAL);
		assertThat(result.urgency()).isEqualTo(Urgency.TREAT);
		assertThat(muscles(result)).hasSizeGreaterThanOrEqualTo(3).startsWith("piriformis");
		assertThat(codes(result)).contains("piriformis-loading-tests");
	}

	@Test
	void aDeepGlutealPictureOverThreeMonthsIsReferred() {
		ScreeningResult result = engine.evaluate(client().onset(OnsetType.GRADUAL, 91).pain("mid_buttock", RIGHT, 6)
			.test(FAIR, POSITIVE).build());
		assertThat(result.urgency()).isEqualTo(Urgency.ROUTINE_REFERRAL);
		assertThat(engine.evaluate(client().onset(OnsetType.GRADUAL, 90).pain("mid_buttock", RIGHT, 6)
			.test(FAIR, POSITIVE).build()).urgency()).isEqualTo(Urgency.TREAT);
	}

	@Test
	void painWorseOutsideTheButtockIsNotDeepGluteal() {
		ScreeningResult result = engine.evaluate(client().pain("mid_buttock", RIGHT, 5).pain("lower_lumbar", RIGHT, 6)
			.test(FAIR, POSITIVE).build());
		assertThat(result.pattern()).isNotEqualTo(PainPattern.DEEP_GLUTEAL);
	}

	@Test
	void aRootDeficitRulesOutDeepGluteal() {
		ScreeningResult result = engine.evaluate(client().pain("mid_buttock", RIGHT, 7).pain("posterior_thigh", RIGHT, 3)
			.test(FAIR, POSITIVE).test(REFLEXES, POSITIVE).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.RADICULAR);
	}

	// Rule 3: precedence and its exception

	@Test
	void anIsolatedPositiveSlrWithADeepGlutealPictureStaysDeepGluteal() {
		ScreeningInput.Builder builder = client().priorMedicalAssessment(true).pain("mid_buttock", RIGHT, 7)
			.pain("posterior_thigh", RIGHT, 4).test(SLR, POSITIVE).test(FAIR, POSITIVE).test(SLUMP, NEGATIVE);
		ScreeningResult result = engine.evaluate(builder.build());
		assertThat(result.pattern()).isEqualTo(PainPattern.DEEP_GLUTEAL);
		assertThat(codes(result)).contains("slr-in-deep-gluteal");
		assertThat(engine.evaluate(builder.test(SLUMP, POSITIVE).build()).pattern()).isEqualTo(PainPattern.RADICULAR);
	}

	@Test
	void urgencyFollowsTheRadicularRuleEvenWhenTheExceptionReportsDeepGluteal() {
		ScreeningResult result = engine.evaluate(client().pain("mid_buttock", RIGHT, 7).pain("posterior_thigh", RIGHT, 4)
			.test(SLR, POSITIVE).test(FAIR, POSITIVE).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.DEEP_GLUTEAL);
		assertThat(result.urgency()).isEqualTo(Urgency.ROUTINE_REFERRAL);
	}

	@Test
	void caudaEquinaComesBeforeSeriousPathologyWhichComesBeforeRadicular() {
		ScreeningInput.Builder builder = client().pain("posterior_thigh", RIGHT, 6).test(SLR, POSITIVE)
			.redFlag(SIGNIFICANT_TRAUMA, YES);
		assertThat(engine.evaluate(builder.build()).pattern()).isEqualTo(PainPattern.SERIOUS_PATHOLOGY);
		assertThat(engine.evaluate(builder.redFlag(BILATERAL_LEG_SYMPTOMS, YES).build()).pattern())
			.isEqualTo(PainPattern.CAUDA_EQUINA);
	}

	// Rule 7: sacroiliac

	@Test
	void sacroiliacPainWithTwoOfTheFourLaslettTestsIsSacroiliac() {
		ScreeningInput.Builder builder = client().pain("sij", RIGHT, 6).test(SIJ_DISTRACTION, POSITIVE);
		assertThat(engine.evaluate(builder.build()).pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
		ScreeningResult result = engine.evaluate(builder.test(SIJ_THIGH_THRUST, POSITIVE).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.SACROILIAC);
		assertThat(codes(result)).contains("sacroiliac-cluster");
		assertThat(engine.evaluate(builder.test(SLR, POSITIVE).build()).pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	@Test
	void theClusterNeedsPainOverTheSacroiliacJoint() {
		assertThat(engine.evaluate(client().pain("sacrum", RIGHT, 6).test(SIJ_DISTRACTION, POSITIVE)
			.test(SIJ_COMPRESSION, POSITIVE).build()).pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	// Rule 8: myofascial

	@Test
	void familiarPainOnPalpationInTheTopMusclesEssentialZoneIsMyofascial() {
		ScreeningResult result = engine.evaluate(client().pain("flank_iliac_crest", RIGHT, 6).pain("lateral_hip", RIGHT, 4)
			.palpation(true).aggravatedBy(AggravatingFactor.TURNING_IN_BED).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.MYOFASCIAL);
		assertThat(muscles(result)).hasSizeGreaterThanOrEqualTo(3).startsWith("quadratus_lumborum");
		assertThat(codes(result)).contains("myofascial-pattern", "referral-map-match");
	}

	@Test
	void withoutFamiliarPainOnPalpationOrWithNerveSignsItIsNotMyofascial() {
		ScreeningInput.Builder builder = client().pain("flank_iliac_crest", RIGHT, 6);
		assertThat(engine.evaluate(builder.palpation(null).build()).pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
		assertThat(engine.evaluate(builder.palpation(false).build()).pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
		assertThat(engine.evaluate(builder.palpation(true).test(SLR, POSITIVE).build()).pattern())
			.isEqualTo(PainPattern.NON_SPECIFIC);
	}

	@Test
	void theMostIntenseRegionMustBeEssentialForTheTopMuscle() {
		// lateral_leg is only ever a spillover zone, so the top muscle cannot have it as essential
		ScreeningResult result = engine.evaluate(client().pain("lateral_leg", RIGHT, 6).palpation(true).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.NON_SPECIFIC);
	}

	@Test
	void atLeastThreeCandidatesEvenForASmallDrawing() {
		ScreeningResult result = engine.evaluate(client().pain("big_toe", RIGHT, 5).palpation(true).build());
		assertThat(result.pattern()).isEqualTo(PainPattern.MYOFASCIAL);
		assertThat(muscles(result)).hasSize(3).startsWith("tibialis_anterior");
	}

	// Rule 2: routine referral rows independent of the pattern

	@Test
	void inflammatoryFeaturesOverThreeMonthsUnderFortyFiveAreReferred() {
		ScreeningInput.Builder young = ScreeningInput.forAge(30).onset(OnsetType.GRADUAL, 120)
			.redFlag(INFLAMMATORY_BACK_PAIN_FEATURES, YES);
		assertThat(codes(engine.evaluate(young.build()))).contains("possible-axial-spondyloarthritis");
		ScreeningResult older = engine.evaluate(ScreeningInput.forAge(45).onset(OnsetType.GRADUAL, 120)
			.redFlag(INFLAMMATORY_BACK_PAIN_FEATURES, YES).build());
		assertThat(codes(older)).doesNotContain("possible-axial-spondyloarthritis");
	}

	@Test
	void startBackHighRiskIsReferredRoutinely() {
		assertThat(engine.evaluate(client().startBack(new StartBack(6, 4)).build()).urgency())
			.isEqualTo(Urgency.ROUTINE_REFERRAL);
		assertThat(engine.evaluate(client().startBack(new StartBack(6, 3)).build()).urgency()).isEqualTo(Urgency.TREAT);
	}

	@Test
	void thoracicOrConstantNightPainIsReferredRoutinely() {
		assertThat(engine.evaluate(client().redFlag(THORACIC_PAIN, YES).build()).urgency())
			.isEqualTo(Urgency.ROUTINE_REFERRAL);
		assertThat(codes(engine.evaluate(client().redFlag(CONSTANT_NIGHT_PAIN, YES).build())))
			.contains("thoracic-or-night-pain");
	}

	@Test
	void aRegionOutsideTheAtlasIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> engine.evaluate(client().pain("elbow", RIGHT, 3).build()))
			.withMessageContaining("elbow");
	}

	@Test
	void treatingComesWithTheExercisePackageAdvice() {
		ScreeningResult result = engine.evaluate(allCesNo(client()).pain("lower_lumbar", RIGHT, 3).build());
		assertThat(result.urgency()).isEqualTo(Urgency.TREAT);
		assertThat(codes(result)).contains("treat-within-exercise-package");
		assertThat(result.disclaimer()).contains("never diagnoses");
		assertThat(result.findings()).allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
	}
}
