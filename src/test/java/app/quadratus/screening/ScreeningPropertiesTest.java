package app.quadratus.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodyRegion;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.PainMark;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Safety properties that must hold for every input, not just the cases the rule tests thought of. */
class ScreeningPropertiesTest {

	static final Atlas atlas = Atlas.load();

	static final ScreeningEngine engine = new ScreeningEngine(atlas);

	@Property(tries = 400)
	void anyCaudaEquinaCriterionIsAnEmergencyWhateverElseIsEntered(@ForAll("inputs") ScreeningInput input,
			@ForAll("caudaEquinaItems") RedFlag criterion) {
		ScreeningResult result = engine.evaluate(withFlag(input, criterion, Answer.YES));
		assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY_REFERRAL);
		assertThat(result.pattern()).isEqualTo(PainPattern.CAUDA_EQUINA);
	}

	@Property(tries = 400)
	void aRedFlagAnsweredYesNeverGivesTreat(@ForAll("inputs") ScreeningInput input, @ForAll RedFlag flag) {
		assertThat(engine.evaluate(withFlag(input, flag, Answer.YES)).urgency()).isNotEqualTo(Urgency.TREAT);
	}

	@Property(tries = 400)
	void inputOrderNeverChangesTheResult(@ForAll("inputs") ScreeningInput input, @ForAll long seed) {
		List<PainMark> marks = new ArrayList<>(input.painMarks());
		Collections.shuffle(marks, new Random(seed));
		ScreeningInput reordered = new ScreeningInput(input.age(), input.sex(), input.onsetType(), input.durationDays(),
				input.priorMedicalAssessment(), marks, new java.util.LinkedHashMap<>(input.redFlags()),
				new java.util.HashMap<>(input.tests()), input.reproducesFamiliarPain(),
				new java.util.HashSet<>(input.aggravatingFactors()), input.startBack());
		assertThat(engine.evaluate(reordered)).isEqualTo(engine.evaluate(input));
	}

	@Property(tries = 400)
	void everyResultIsCompleteAndSourced(@ForAll("inputs") ScreeningInput input) {
		ScreeningResult result = engine.evaluate(input);
		assertThat(result.candidateMuscles()).hasSizeGreaterThanOrEqualTo(ScreeningEngine.MINIMUM_CANDIDATES);
		assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
		assertThat(result.safetyNet()).contains("both legs");
		if (result.pattern() == PainPattern.DEEP_GLUTEAL) {
			assertThat(result.candidateMuscles().get(0).muscleId()).isEqualTo("piriformis");
		}
	}

	@Provide
	Arbitrary<RedFlag> caudaEquinaItems() {
		return Arbitraries.of(ClinicalSigns.CES_ITEMS);
	}

	@Provide
	Arbitrary<ScreeningInput> inputs() {
		Arbitrary<PainMark> mark = Combinators.combine(
				Arbitraries.of(atlas.regions().stream().map(BodyRegion::id).toList()),
				Arbitraries.of(BodySide.class), Arbitraries.integers().between(0, 10)).as(PainMark::new);
		Arbitrary<Map<RedFlag, Answer>> flags = Arbitraries.maps(Arbitraries.of(RedFlag.class), Arbitraries.of(Answer.class))
			.ofMaxSize(RedFlag.values().length);
		Arbitrary<Map<ScreeningTest, TestResult>> tests = Arbitraries
			.maps(Arbitraries.of(ScreeningTest.class), Arbitraries.of(TestResult.class))
			.ofMaxSize(ScreeningTest.values().length);
		Arbitrary<Set<AggravatingFactor>> factors = Arbitraries.of(AggravatingFactor.class).set().ofMaxSize(5);
		Arbitrary<StartBack> startBack = Combinators.combine(Arbitraries.integers().between(0, 9).injectNull(0.2),
				Arbitraries.integers().between(0, 5).injectNull(0.2)).as(StartBack::new).injectNull(0.3);
		Arbitrary<Integer> duration = Arbitraries.integers().between(0, 400).injectNull(0.2);
		return Combinators.combine(Arbitraries.integers().between(16, 120), Arbitraries.of(OnsetType.class), duration,
				Arbitraries.of(true, false), mark.list().ofMaxSize(8), flags, tests,
				Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3))
			.flatAs((age, onset, days, assessed, marks, redFlags, results, palpation) -> Combinators
				.combine(factors, startBack)
				.as((aggravating, scores) -> new ScreeningInput(age, Sex.UNKNOWN, onset, days, assessed, marks,
						redFlags, results, palpation, aggravating, scores)));
	}

	private static ScreeningInput withFlag(ScreeningInput input, RedFlag flag, Answer answer) {
		Map<RedFlag, Answer> flags = new java.util.EnumMap<>(RedFlag.class);
		flags.putAll(input.redFlags());
		flags.put(flag, answer);
		return new ScreeningInput(input.age(), input.sex(), input.onsetType(), input.durationDays(),
				input.priorMedicalAssessment(), input.painMarks(), flags, input.tests(), input.reproducesFamiliarPain(),
				input.aggravatingFactors(), input.startBack());
	}
}
