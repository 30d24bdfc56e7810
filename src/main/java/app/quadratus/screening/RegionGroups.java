package app.quadratus.screening;

import java.util.Set;

import app.quadratus.atlas.Atlas;

/** The region sets the decision rules name (§4.6 rules 5–7), checked against the atlas at start-up. */
final class RegionGroups {

	/** "Buttock" for the buttock-dominance test of rule 6. */
	static final Set<String> BUTTOCK = Set.of("upper_buttock", "mid_buttock", "lower_buttock", "posterior_hip");

	/** "Leg pain below the buttock" of rule 5: any thigh, knee, leg, ankle or foot region. */
	static final Set<String> BELOW_BUTTOCK = Set.of("anterior_thigh", "medial_thigh", "lateral_thigh", "posterior_thigh",
			"anterior_knee", "medial_knee", "lateral_knee", "posterior_knee", "shin", "lateral_leg", "medial_leg",
			"upper_calf", "lower_calf_achilles", "anterior_ankle", "lateral_ankle", "medial_ankle", "heel",
			"sole_instep", "dorsum_foot", "big_toe", "lateral_foot");

	/** Pain "in sij" for rule 7. */
	static final String SACROILIAC = "sij";

	/** The muscle rule 9 places first in a deep-gluteal picture. */
	static final String PIRIFORMIS = "piriformis";

	private RegionGroups() {
	}

	/** Fails start-up when the atlas lacks a region or muscle the rules rely on. */
	static void checkAgainst(Atlas atlas) {
		java.util.stream.Stream.of(BUTTOCK.stream(), BELOW_BUTTOCK.stream(), java.util.stream.Stream.of(SACROILIAC))
			.flatMap(s -> s)
			.filter(id -> atlas.region(id).isEmpty())
			.findFirst()
			.ifPresent(id -> {
				throw new IllegalStateException("the screening rules need region '" + id + "', which the atlas "
						+ atlas.version() + " lacks");
			});
		if (atlas.muscle(PIRIFORMIS).isEmpty()) {
			throw new IllegalStateException("the screening rules need muscle '" + PIRIFORMIS + "', which the atlas "
					+ atlas.version() + " lacks");
		}
	}
}
