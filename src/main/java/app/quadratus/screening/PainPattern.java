package app.quadratus.screening;

import app.quadratus.atlas.Term;

/** The clinical picture the findings fit, in order of precedence (§4.6 rule 3). Never a diagnosis. */
public enum PainPattern implements Term {

	CAUDA_EQUINA("cauda-equina", "Possible cauda equina syndrome"),
	SERIOUS_PATHOLOGY("serious-pathology", "Possible serious pathology"),
	RADICULAR("radicular", "Radicular (nerve root) picture"),
	DEEP_GLUTEAL("deep-gluteal", "Deep gluteal (sciatic nerve in the buttock) picture"),
	SACROILIAC("sacroiliac", "Sacroiliac joint picture"),
	MYOFASCIAL("myofascial", "Myofascial (trigger point) picture"),
	NON_SPECIFIC("non-specific", "Non-specific low back pain");

	private final String id;

	private final String label;

	PainPattern(String id, String label) {
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
