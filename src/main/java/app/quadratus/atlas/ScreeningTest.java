package app.quadratus.atlas;

/**
 * Physical screening tests (clinical facts §3). For the three neurological tests "positive" means a
 * deficit was found.
 */
public enum ScreeningTest implements Term {

	SLR("slr", "Straight leg raise"),
	CROSSED_SLR("crossed_slr", "Crossed straight leg raise"),
	SLUMP("slump", "Slump test"),
	FEMORAL_NERVE_TENSION("femoral_nerve_tension", "Femoral nerve tension (prone knee bend)"),
	FAIR("fair", "FAIR test (flexion, adduction, internal rotation)"),
	FREIBERG("freiberg", "Freiberg test"),
	PACE("pace", "Pace test"),
	SEATED_PIRIFORMIS_STRETCH("seated_piriformis_stretch", "Seated piriformis stretch test"),
	ACTIVE_PIRIFORMIS("active_piriformis", "Active piriformis test"),
	SIJ_DISTRACTION("sij_distraction", "SIJ distraction"),
	SIJ_THIGH_THRUST("sij_thigh_thrust", "SIJ thigh thrust"),
	SIJ_COMPRESSION("sij_compression", "SIJ compression"),
	SIJ_SACRAL_THRUST("sij_sacral_thrust", "Sacral thrust"),
	GAENSLEN("gaenslen", "Gaenslen test"),
	DERMATOMAL_SENSATION("dermatomal_sensation", "Dermatomal sensation (positive = sensory deficit)"),
	MYOTOMAL_STRENGTH("myotomal_strength", "Myotomal strength (positive = weakness)"),
	REFLEXES("reflexes", "Reflexes (positive = reduced reflex)");

	private final String id;

	private final String label;

	ScreeningTest(String id, String label) {
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
