package app.quadratus.screening;

import static app.quadratus.atlas.RedFlag.CONSTANT_NIGHT_PAIN;
import static app.quadratus.atlas.RedFlag.INFLAMMATORY_BACK_PAIN_FEATURES;
import static app.quadratus.atlas.RedFlag.THORACIC_PAIN;

import java.util.Arrays;
import java.util.List;

import app.quadratus.atlas.RedFlag;

/**
 * The routine-referral rows of §4.6 rule 2 that do not depend on the pain pattern: possible axial
 * spondyloarthritis (NICE NG65), STarT Back high risk, and thoracic or constant night pain. Last, a safety
 * floor of our own: a red flag answered yes never leaves the urgency at {@code treat} (see
 * docs/clinical/screening-rules.md, "Red-flag floor").
 */
final class RoutineReferralRules {

	static final int LONG_STANDING_DAYS = 90;

	static final int SPA_AGE_LIMIT = 45;

	private RoutineReferralRules() {
	}

	static void apply(ClinicalSigns signs, Assessment assessment) {
		ScreeningInput input = signs.input;
		if (signs.yes(INFLAMMATORY_BACK_PAIN_FEATURES) && signs.durationOver(LONG_STANDING_DAYS)
				&& input.age() < SPA_AGE_LIMIT) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "possible-axial-spondyloarthritis",
					"Inflammatory back pain features for more than 3 months in someone under 45 can mean axial"
							+ " spondyloarthritis: ask the GP to consider a rheumatology referral (NICE NG65).",
					"S43a", "S43b");
		}
		if (input.startBack() != null && input.startBack().highRisk()) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "start-back-high-risk",
					"STarT Back high risk (distress score " + input.startBack().distress() + " of 5): psychosocial"
							+ " factors are likely to keep the pain going. Refer for matched, psychologically informed"
							+ " care alongside any hands-on treatment.",
					"S54a", "S35b");
		}
		if (signs.yes(THORACIC_PAIN) || signs.yes(CONSTANT_NIGHT_PAIN)) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "thoracic-or-night-pain",
					"Thoracic pain or constant night pain is a red flag on its own: ask the GP to review, sooner if"
							+ " other warning signs appear.",
					"S45b", "S41");
		}
		// Rule 4 needs weight loss, immunosuppression, steroids or osteoporosis in combination before it
		// suspects a pathology; alone, each still deserves a doctor's review rather than silent treatment.
		List<RedFlag> answeredYes = Arrays.stream(RedFlag.values()).filter(signs::yes).toList();
		if (assessment.urgency() == Urgency.TREAT && !answeredYes.isEmpty()) {
			assessment.refer(Urgency.ROUTINE_REFERRAL, "red-flag-needs-review", "Red flag answered yes ("
					+ ClinicalSigns.labels(answeredYes).toLowerCase() + "): on its own it does not point to a serious"
					+ " condition under these rules, but a red flag is never ignored. Ask the GP to review it, and"
					+ " look for the combinations that would make it urgent.", "S41", "S40");
		}
	}
}
