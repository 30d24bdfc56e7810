package app.quadratus.atlas;

/**
 * Red-flag questions (clinical facts §4.1). The first four are asked as "new or worse in the last 14 days"
 * (GIRFT cauda equina pathway), which is why their labels say so.
 */
public enum RedFlag implements Term {

	URINARY_DYSFUNCTION("urinary_dysfunction",
			"New difficulty starting to pass urine, or change in the feeling of the flow (last 14 days)"),
	SADDLE_OR_GENITAL_SENSORY_CHANGE("saddle_or_genital_sensory_change",
			"New numbness or altered feeling around the back passage, genitals or inner buttocks (last 14 days)"),
	LOSS_OF_RECTAL_SENSATION_OR_FAECAL_INCONTINENCE("loss_of_rectal_sensation_or_faecal_incontinence",
			"New loss of feeling of a full bowel, or bowel leakage (last 14 days)"),
	NEW_SEXUAL_DYSFUNCTION("new_sexual_dysfunction",
			"New problems with erection, ejaculation or genital sensation (last 14 days)"),
	BILATERAL_LEG_SYMPTOMS("bilateral_leg_symptoms", "New pain, numbness or weakness in both legs"),
	PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT("progressive_or_severe_motor_deficit",
			"Leg weakness that is severe or getting worse (e.g. foot drop)"),
	HISTORY_OF_CANCER("history_of_cancer", "Past or current cancer"),
	UNEXPLAINED_WEIGHT_LOSS("unexplained_weight_loss", "Unexplained weight loss"),
	CONSTANT_NIGHT_PAIN("constant_night_pain", "Constant pain at night, not eased by changing position"),
	FEVER_OR_SYSTEMICALLY_UNWELL("fever_or_systemically_unwell", "Fever, or feeling generally unwell"),
	IMMUNOSUPPRESSION_OR_IVDU("immunosuppression_or_ivdu",
			"Weakened immune system (e.g. HIV, chemotherapy, transplant drugs) or injecting drug use"),
	SIGNIFICANT_TRAUMA("significant_trauma", "Significant trauma (e.g. a fall from height or a road accident)"),
	PROLONGED_CORTICOSTEROID_USE("prolonged_corticosteroid_use", "Long-term steroid tablets or injections"),
	KNOWN_OSTEOPOROSIS("known_osteoporosis", "Known osteoporosis"),
	THORACIC_PAIN("thoracic_pain", "Pain in the upper or mid back (thoracic spine)"),
	PULSATILE_ABDOMINAL_MASS_OR_COLLAPSE("pulsatile_abdominal_mass_or_collapse",
			"A pulsing lump in the abdomen, or collapse / fainting with the pain"),
	INFLAMMATORY_BACK_PAIN_FEATURES("inflammatory_back_pain_features",
			"Inflammatory features: morning stiffness, waking in the second half of the night, better with movement");

	private final String id;

	private final String label;

	RedFlag(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}
}
