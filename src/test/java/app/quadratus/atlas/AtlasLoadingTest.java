package app.quadratus.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AtlasLoadingTest {

	static final List<String> CONTRACT_REGIONS = List.of("mid_back", "thoracolumbar", "upper_lumbar", "lower_lumbar",
			"flank_iliac_crest", "sacrum", "sij", "coccyx", "upper_buttock", "mid_buttock", "lower_buttock",
			"posterior_hip", "lateral_hip", "lower_abdomen", "groin", "perineum_pelvis", "anterior_thigh",
			"medial_thigh", "lateral_thigh", "posterior_thigh", "anterior_knee", "medial_knee", "lateral_knee",
			"posterior_knee", "shin", "lateral_leg", "medial_leg", "upper_calf", "lower_calf_achilles",
			"anterior_ankle", "lateral_ankle", "medial_ankle", "heel", "sole_instep", "dorsum_foot", "big_toe",
			"lateral_foot");

	static final List<String> CONTRACT_MUSCLES = List.of("quadratus_lumborum", "iliocostalis_thoracis",
			"iliocostalis_lumborum", "longissimus_thoracis", "multifidi_rotatores", "gluteus_maximus", "gluteus_medius",
			"gluteus_minimus", "piriformis", "iliopsoas", "tensor_fasciae_latae", "hamstrings_medial", "biceps_femoris",
			"adductor_magnus", "adductor_longus_brevis", "vastus_lateralis", "rectus_femoris", "gastrocnemius", "soleus",
			"tibialis_anterior", "peroneus_longus", "rectus_abdominis_lower");

	final Atlas atlas = Atlas.load();

	@Test
	void theDataFileIsVersioned() {
		assertThat(atlas.version()).isEqualTo("1.0.0");
	}

	@Test
	void holdsExactlyTheContractRegionsInContractOrder() {
		assertThat(atlas.regions()).extracting(BodyRegion::id).containsExactlyElementsOf(CONTRACT_REGIONS);
	}

	@Test
	void holdsEveryContractMuscle() {
		assertThat(atlas.muscles()).extracting(Muscle::id).containsExactlyElementsOf(CONTRACT_MUSCLES);
	}

	@Test
	void everyRegionIsDrawnOnEachSideItHas() {
		for (BodyRegion region : atlas.regions()) {
			List<BodySide> sides = region.shapes().stream().map(RegionShape::side).distinct().toList();
			if (region.sided()) {
				assertThat(sides).as(region.id()).containsExactlyInAnyOrder(BodySide.LEFT, BodySide.RIGHT);
			}
			else {
				assertThat(sides).as(region.id()).containsExactly(BodySide.MIDLINE);
			}
			assertThat(region.shapes()).allSatisfy(shape -> assertThat(shape.points()).matches("[0-9., ]+"));
		}
	}

	@Test
	void bothChartsHaveAnOutlineAndTheSameViewBox() {
		assertThat(atlas.chart(BodyView.FRONT).viewBox()).isEqualTo("0 0 200 440");
		assertThat(atlas.chart(BodyView.BACK).outlinePath()).startsWith("M");
		assertThat(atlas.region("sij").orElseThrow().shapesOn(BodyView.BACK)).hasSize(2);
		assertThat(atlas.region("groin").orElseThrow().shapesOn(BodyView.FRONT)).hasSize(2);
	}

	@Test
	void musclesWithPartsKeepBothPartsAndMergeTheirMapsAtTheBetterWeight() {
		Muscle minimus = atlas.muscle("gluteus_minimus").orElseThrow();
		assertThat(minimus.parts()).extracting(MusclePart::id)
			.containsExactly("gluteus_minimus_anterior", "gluteus_minimus_posterior");
		ReferralMap map = minimus.referralMap();
		assertThat(map.weight("posterior_thigh")).isEqualTo(2);
		assertThat(map.weight("lateral_leg")).isEqualTo(1);
		assertThat(map.weight("sacrum")).isZero();
		assertThat(atlas.muscle("quadratus_lumborum").orElseThrow().parts()).hasSize(2);
	}

	@Test
	void everyMuscleSaysWhereToPalpateHowToStretchAndWhereItComesFrom() {
		assertThat(atlas.muscles()).allSatisfy(muscle -> {
			assertThat(muscle.palpation()).isNotBlank();
			assertThat(muscle.selfStretch()).isNotBlank();
			assertThat(muscle.activatingFactors()).isNotEmpty();
			assertThat(muscle.sources()).isNotEmpty().allSatisfy(key -> assertThat(atlas.citation(key)).isNotBlank());
		});
	}

	@Test
	void anUnknownRegionStopsLoadingNamingTheIdAndTheFile() {
		assertThatThrownBy(() -> Atlas.load("atlas/unknown-region.json")).isInstanceOf(AtlasException.class)
			.hasMessageContaining("atlas/unknown-region.json")
			.hasMessageContaining("unknown region id 'nowhere_region'")
			.hasMessageContaining("muscle 'piriformis'");
	}

	@Test
	void anUnknownMuscleStopsLoadingNamingTheIdAndTheFile() {
		assertThatThrownBy(() -> Atlas.load("atlas/unknown-muscle.json")).isInstanceOf(AtlasException.class)
			.hasMessageContaining("atlas/unknown-muscle.json")
			.hasMessageContaining("unknown muscle id 'gluteus_nonexistus'");
	}

	@Test
	void unknownActivitiesAndSourcesAreAllReportedAtOnce() {
		assertThatThrownBy(() -> Atlas.load("atlas/unknown-factor.json"))
			.hasMessageContaining("unknown aggravating factor id 'juggling' in muscle 'piriformis'")
			.hasMessageContaining("unknown source 'S99'");
	}

	@Test
	void aMissingOrBrokenFileIsRefusedWithItsName() {
		assertThatThrownBy(() -> Atlas.load("atlas/no-such-file.json")).isInstanceOf(AtlasException.class)
			.hasMessageContaining("atlas/no-such-file.json");
		assertThatThrownBy(() -> Atlas.load("atlas/not-json.json")).isInstanceOf(AtlasException.class)
			.hasMessageContaining("atlas/not-json.json");
	}

	@Test
	void aConsistentFileLoads() {
		assertThat(Atlas.load("atlas/minimal.json").muscle("piriformis")).isPresent();
	}
}
