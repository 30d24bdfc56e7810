package app.quadratus.screening;

import static app.quadratus.atlas.RedFlag.HISTORY_OF_CANCER;
import static app.quadratus.atlas.RedFlag.PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT;
import static app.quadratus.screening.ClinicalSigns.labels;

/**
 * Red-flag triage first (§4.6 rules 1, 2 and 4): cauda equina criteria, suspected aneurysm, cancer with
 * neurological signs (emergencies), then suspected malignancy, infection, fracture and a progressive motor
 * deficit (urgent). Runs before any pattern is considered, and nothing later can lower what it sets.
 */
final class RedFlagTriage {

	private RedFlagTriage() {
	}

	static void apply(ClinicalSigns signs, SeriousPathology pathology, Assessment assessment) {
		if (!signs.cesCriteria.isEmpty()) {
			assessment.refer(Urgency.EMERGENCY_REFERRAL, "cauda-equina-criteria",
					"Possible cauda equina syndrome: " + labels(signs.cesCriteria).toLowerCase()
							+ ". Any one of these with back or leg pain needs the emergency department today for an"
							+ " MRI scan. Stop the assessment, do not treat, and do not wait to see if it settles.",
					"S36a", "S36d", "S37a");
		}
		if (!signs.cesUnanswered.isEmpty()) {
			assessment.note("cauda-equina-questions-unanswered",
					"Still to ask (new or worse in the last 14 days): " + labels(signs.cesUnanswered).toLowerCase()
							+ ". A yes to any of them means an emergency referral.",
					"S36a", "S36c");
		}
		if (pathology.aneurysm()) {
			assessment.refer(Urgency.EMERGENCY_REFERRAL, "suspected-aortic-aneurysm",
					"A pulsing abdominal mass or collapse with back or abdominal pain can mean a leaking abdominal"
							+ " aortic aneurysm: call 999. Do not massage the abdomen or the back.",
					"S44a", "S44d");
		}
		if (signs.yes(HISTORY_OF_CANCER) && signs.hasNeurologicalFinding()) {
			assessment.refer(Urgency.EMERGENCY_REFERRAL, "cancer-with-neurological-signs",
					"A history of cancer together with a neurological finding (numbness, weakness or a reduced"
							+ " reflex) can mean spinal cord or cauda equina compression by a metastasis: an"
							+ " oncological emergency, same-day hospital assessment.",
					"S42a");
		}
		if (!pathology.malignancy().isEmpty()) {
			assessment.refer(Urgency.URGENT_REFERRAL, "suspected-malignancy",
					"Possible spinal malignancy (" + String.join("; ", pathology.malignancy()) + "). The client"
							+ " needs medical contact within 24 hours; do not treat the spine until cleared.",
					"S40", "S42a", "S39");
		}
		if (!pathology.infection().isEmpty()) {
			assessment.refer(Urgency.URGENT_REFERRAL, "suspected-infection",
					"Possible spinal infection (" + String.join("; ", pathology.infection()) + "). The client"
							+ " needs medical contact within 24 hours.",
					"S45a", "S37c");
		}
		if (!pathology.fracture().isEmpty()) {
			assessment.refer(Urgency.URGENT_REFERRAL, "suspected-fracture",
					"Possible spinal fracture (" + String.join("; ", pathology.fracture()) + "). The client needs"
							+ " medical assessment within 24 hours; no pressure over the spine meanwhile.",
					"S40");
		}
		if (signs.yes(PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT)) {
			assessment.refer(Urgency.URGENT_REFERRAL, "progressive-motor-deficit",
					"Leg weakness that is severe or getting worse (for example foot drop) needs an early specialist"
							+ " opinion: medical contact within 24 hours.",
					"S37c");
		}
	}
}
