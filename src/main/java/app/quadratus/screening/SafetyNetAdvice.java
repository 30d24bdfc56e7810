package app.quadratus.screening;

/**
 * What to tell the client before they leave. The cauda equina warning is always given (§4.6 rule 1): the
 * syndrome is rare, but outcomes depend on getting to hospital early, and symptoms can start after the visit.
 */
final class SafetyNetAdvice {

	static final String CAUDA_EQUINA_WARNING = "Go to A&E straight away (or call 999) if you notice any of these: "
			+ "difficulty passing urine or not feeling the flow, numbness or tingling around your back passage, "
			+ "genitals or inner buttocks (the saddle area), loss of feeling of a full bowel or leaking from the bowel, "
			+ "new problems with erection, ejaculation or genital feeling, or new pain, numbness or weakness in both legs.";

	static final String DISCLAIMER = "Screening supports the therapist's decision to treat or refer; it never"
			+ " diagnoses. Red flags and neurological findings always outweigh a referral-map match, and trigger-point"
			+ " referral maps are expert-derived and contested. When in doubt, refer.";

	private SafetyNetAdvice() {
	}

	static String forUrgency(Urgency urgency) {
		String first = switch (urgency) {
			case EMERGENCY_REFERRAL -> "Stop the assessment and do not treat. The client needs the emergency"
					+ " department today: call 999 if they have collapsed or cannot get there safely, and send a note"
					+ " of your findings with them.";
			case URGENT_REFERRAL -> "Do not treat today. The client should speak to their GP or NHS 111 today, and"
					+ " be seen within 24 hours; give them a note of your findings.";
			case ROUTINE_REFERRAL -> "Refer to the GP or a physiotherapist (a letter is enough). Gentle treatment"
					+ " can continue meanwhile unless something changes; see the client's own doctor sooner if the pain"
					+ " spreads, worsens sharply or new numbness or weakness appears.";
			case TREAT -> "Treatment can go ahead, as part of a package with exercise and self-management advice."
					+ " If the pain spreads, worsens sharply, or new numbness or weakness appears, stop and contact"
					+ " the GP.";
		};
		return first + " " + CAUDA_EQUINA_WARNING;
	}
}
