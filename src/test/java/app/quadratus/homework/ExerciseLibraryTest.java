package app.quadratus.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.Muscle;
import app.quadratus.screening.PainPattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExerciseLibraryTest {

	private static final Atlas ATLAS = Atlas.load();

	private static final ExerciseLibrary LIBRARY = ExerciseLibrary.load(ATLAS);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void shipsEveryOneOfTheReferencesFiftyExercises() {
		assertThat(LIBRARY.size()).isEqualTo(50);
		assertThat(LIBRARY.all()).allSatisfy(e -> {
			assertThat(e.steps()).as(e.id()).isNotEmpty();
			assertThat(e.patterns().keySet()).as(e.id()).containsExactlyInAnyOrderElementsOf(ExerciseReader.PATTERNS);
			assertThat(e.clinicOwn()).isFalse();
		});
	}

	@Test
	void readsAnEntryAsTheReferenceWritesIt() {
		Exercise e = LIBRARY.find("hamstring_strap_supine").orElseThrow();
		assertThat(e.category()).isEqualTo(ExerciseCategory.STRETCH);
		assertThat(e.targets()).containsExactly("hamstrings_medial", "biceps_femoris");
		assertThat(e.regions()).containsExactly("lower_buttock", "posterior_thigh", "posterior_knee");
		assertThat(e.suitabilityFor(PainPattern.RADICULAR)).isEqualTo(Suitability.AVOID);
		assertThat(e.suitabilityFor(PainPattern.MYOFASCIAL)).isEqualTo(Suitability.SUITS);
		assertThat(e.dose()).isEqualTo(new Dose(1, 3, 30, 2, 7));
		Exercise glide = LIBRARY.find("sciatic_slider_seated").orElseThrow();
		assertThat(glide.nerves()).containsExactly("sciatic");
		assertThat(glide.suitabilityFor(PainPattern.RADICULAR)).isEqualTo(Suitability.SUITS);
		assertThat(LIBRARY.find("abdominal_brace_pilates_basic").orElseThrow().patterns().values())
			.containsOnly(Suitability.SUITS);
	}

	@Test
	void everyAtlasMuscleHasASelfStretch() {
		Set<String> stretched = LIBRARY.all().stream().filter(e -> e.category() == ExerciseCategory.STRETCH)
			.flatMap(e -> e.targets().stream()).collect(Collectors.toSet());
		assertThat(stretched).containsAll(ATLAS.muscles().stream().map(Muscle::id).toList());
	}

	@Test
	void anUnknownMuscleOrRegionStopsTheLoadNamingIt() {
		ExerciseReader reader = new ExerciseReader(ATLAS);
		String good = """
				{"id": "x_test", "name": "Test", "category": "stretch", "targets": ["piriformis"], "regions": ["sij"],
				 "dose": {"timesPerDay": 1, "daysPerWeek": 7}, "steps": ["Do it"], "illustration": {"pose": "standing"},
				 "patterns": {"radicular": "suits", "deep-gluteal": "suits", "sacroiliac": "caution",
				              "myofascial": "avoid", "non-specific": "suits"}}""";
		assertThat(reader.read("x_test.json", JSON.readTree(good), false).pose()).isEqualTo(Pose.STANDING);
		for (List<String> broken : List.of(List.of("\"piriformis\"]", "\"piriform\"]", "piriform"),
				List.of("[\"sij\"]", "[\"sacroiliac_joint\"]", "sacroiliac_joint"),
				List.of("\"myofascial\": \"avoid\"", "\"myofascial\": \"never\"", "patterns.myofascial"),
				List.of("\"category\": \"stretch\"", "\"category\": \"yoga\"", "category"),
				List.of("\"pose\": \"standing\"", "\"pose\": \"handstand\"", "illustration.pose"),
				List.of("\"daysPerWeek\": 7", "\"daysPerWeek\": 8", "dose"))) {
			String json = good.replace(broken.get(0), broken.get(1));
			assertThatThrownBy(() -> reader.read("x_test.json", JSON.readTree(json), false))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("x_test.json")
				.hasMessageContaining(broken.get(2));
		}
	}

	@Test
	void everyPoseDrawsAsSvgAndPng() {
		for (Pose pose : Pose.values()) {
			assertThat(ExerciseFigure.svg(pose, "A <title>")).startsWith("<svg").contains("&lt;title&gt;").endsWith("</svg>");
			byte[] png = ExerciseFigure.png(pose);
			assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		}
	}
}
