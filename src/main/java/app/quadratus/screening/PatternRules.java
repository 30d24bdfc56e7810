package app.quadratus.screening;

import static app.quadratus.screening.ClinicalSigns.labels;

import java.util.Optional;
import java.util.Set;

import app.quadratus.atlas.CandidateMuscle;

/**
 * Which picture the findings fit (§4.6 rules 3 and 5–8), and the routine-referral rows tied to a picture
 * (rule 2). Every picture whose rule holds is reported as a finding; the first in precedence order is the
 * pattern. Referral rows follow whether a picture's rule holds, not which picture is reported, because
 * rule 2 decides urgency independently of the pattern.
 */
final class PatternRules {

	static final int PERSISTENT_DEEP_GLUTEAL_DAYS = 90;

	private PatternRules() {
	}

	/**
	 * @param topMuscle the best-fitting muscle of the plain §2.3 ranking, empty when the drawing fits none
	 */
	static PainPattern decide(ClinicalSigns signs, SeriousPathology pathology, Optional<CandidateMuscle> topMuscle,
			Assessment assessment) {
		boolean radicular = signs.legPainBelowButtock() && signs.hasRadicularSigns();
		boolean deepGluteal = signs.buttockDominant() && !signs.piriformisLoadingPositive.isEmpty()
				&& !signs.hasDeficit();
		boolean sacroiliac = signs.sacroiliacPain() && signs.sacroiliacCluster() && !signs.hasRadicularSigns();
		boolean myofascial = Boolean.TRUE.equals(signs.input.reproducesFamiliarPain())
				&& signs.neurodynamicPositive.isEmpty() && !signs.hasDeficit()
				&& topMuscle.map(top -> fitsMostIntenseRegion(signs, top)).orElse(false);
		// Rule 3's exception: an isolated positive SLR is common in gluteal sciatic entrapment (LR+ 3.2).
		boolean slrExplainedByDeepGluteal = radicular && deepGluteal && signs.slrIsOnlyNeurodynamicPositive();

		if (radicular) {
			radicular(signs, assessment);
		}
		if (deepGluteal) {
			deepGluteal(signs, slrExplainedByDeepGluteal, assessment);
		}
		if (sacroiliac) {
			assessment.note("sacroiliac-cluster", "Pain over the sacroiliac joint with " + signs.laslettPositive.size()
					+ " of the 4 Laslett provocation tests positive (" + labels(signs.laslettPositive).toLowerCase()
					+ ") and no radicular signs: fits sacroiliac joint pain (2 of 4 positive: AUC 0.84; 3 of 6:"
					+ " sensitivity 0.94, specificity 0.78).", "S32a", "S32c");
		}
		if (myofascial) {
			assessment.note("myofascial-pattern", "Focal pressure reproduced the client's familiar pain, the most"
					+ " intense region lies in an essential zone of " + topMuscle.orElseThrow().muscle().name()
					+ ", and there are no nerve tension signs or deficit: fits myofascial (trigger point) pain. The"
					+ " trigger point construct is contested, so treat this as a working hypothesis.", "S19", "S20");
		}

		if (!signs.cesCriteria.isEmpty()) {
			return PainPattern.CAUDA_EQUINA;
		}
		if (pathology.suspected()) {
			return PainPattern.SERIOUS_PATHOLOGY;
		}
		if (radicular && !slrExplainedByDeepGluteal) {
			return PainPattern.RADICULAR;
		}
		if (deepGluteal) {
			return PainPattern.DEEP_GLUTEAL;
		}
		if (sacroiliac) {
			return PainPattern.SACROILIAC;
		}
		if (myofascial) {
			return PainPattern.MYOFASCIAL;
		}
		assessment.note("non-specific", "The findings fit none of the specific pictures: non-specific low back"
				+ " pain. Reassure, keep the client active and give self-management advice.", "S35b");
		return PainPattern.NON_SPECIFIC;
	}

	/** Rule 8: the most intense region (any of them, when several tie) is an essential zone of the top muscle. */
	private static boolean fitsMostIntenseRegion(ClinicalSigns signs, CandidateMuscle top) {
		Set<String> essential = top.muscle().referralMap().essential();
		return signs.drawing.mostIntenseRegions().stream().anyMatch(essential::contains);
	}

	private static void radicular(ClinicalSigns signs, Assessment assessment) {
		String evidence = signs.neurodynamicPositive.isEmpty() ? ""
				: "positive " + labels(signs.neurodynamicPositive).toLowerCase();
		if (signs.hasDeficit()) {
			evidence += (evidence.isEmpty() ? "" : " and ") + "a deficit on " + labels(signs.deficits).toLowerCase();
		}
		assessment.note("radicular-signs", "Leg pain below the buttock with " + evidence
				+ ": fits nerve-root (radicular) pain.", "S21", "S25", "S26");
		if (signs.hasDeficit()) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "radicular-deficit", "A nerve-root deficit was found ("
					+ labels(signs.deficits).toLowerCase() + "). If it is stable, refer to the GP or a physiotherapist"
					+ " routinely; if weakness is severe or getting worse, it becomes urgent.", "S33a", "S26", "S34b");
		}
		else if (!signs.input.priorMedicalAssessment()) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "radicular-not-medically-assessed", "Radicular signs that no"
					+ " doctor has yet assessed: refer to the GP or a physiotherapist routinely; treatment can continue"
					+ " meanwhile if nothing else is found.", "S35b");
		}
	}

	private static void deepGluteal(ClinicalSigns signs, boolean slrExplained, Assessment assessment) {
		assessment.note("piriformis-loading-tests", "Buttock-dominant pain with a positive piriformis-loading test ("
				+ labels(signs.piriformisLoadingPositive).toLowerCase() + ") and no root deficit: fits a deep gluteal"
				+ " picture (sciatic nerve irritated in the buttock, e.g. by piriformis). Piriformis is listed first"
				+ " among the candidate muscles.", "S29a", "S28a", "S31a");
		if (slrExplained) {
			assessment.note("slr-in-deep-gluteal", "The straight leg raise is the only positive nerve tension test"
					+ " and there is no deficit: in gluteal sciatic nerve entrapment the SLR is positive in some"
					+ " clients (specificity 0.95, LR+ 3.2), so the deep gluteal picture is preferred over a"
					+ " radicular one.", "S29a");
		}
		if (signs.durationOver(PERSISTENT_DEEP_GLUTEAL_DAYS)) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "deep-gluteal-persistent", "A deep gluteal picture that has"
					+ " lasted more than 3 months: \"piriformis syndrome\" is a diagnosis of exclusion, so refer to the"
					+ " GP or a physiotherapist routinely for other causes to be ruled out.", "S31a");
		}
	}
}
