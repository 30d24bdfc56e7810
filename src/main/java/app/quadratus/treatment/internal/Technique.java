package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** The hands-on techniques a plan proposes and a session records (treatment-api.md). */
public enum Technique implements Term {

	TRIGGER_POINT_THERAPY("trigger_point_therapy", "Trigger point therapy"),
	DEEP_TISSUE("deep_tissue", "Deep tissue massage"),
	MYOFASCIAL_RELEASE("myofascial_release", "Myofascial release"),
	EFFLEURAGE("effleurage", "Effleurage"),
	PETRISSAGE("petrissage", "Petrissage"),
	FRICTION("friction", "Friction"),
	PASSIVE_STRETCHING("passive_stretching", "Passive stretching"),
	ACTIVE_STRETCHING("active_stretching", "Active stretching"),
	PNF_STRETCHING("pnf_stretching", "PNF stretching"),
	MUSCLE_ENERGY_TECHNIQUE("muscle_energy_technique", "Muscle energy technique"),
	SOFT_TISSUE_RELEASE("soft_tissue_release", "Soft tissue release"),
	POSITIONAL_RELEASE("positional_release", "Positional release");

	private final String id;

	private final String label;

	Technique(String id, String label) {
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
