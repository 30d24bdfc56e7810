package app.quadratus.screening;

import static app.quadratus.atlas.BodySide.LEFT;
import static app.quadratus.atlas.BodySide.RIGHT;

import java.util.concurrent.TimeUnit;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long one evaluation takes, for a realistic full assessment (8 regions, every red flag answered,
 * 10 tests, factors, STarT Back). Not a unit test: run it with {@link #main} (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreeningEngineBenchmark {

	private ScreeningEngine engine;

	private ScreeningInput fullAssessment;

	@Setup
	public void setUp() {
		engine = new ScreeningEngine(Atlas.load());
		ScreeningInput.Builder builder = ScreeningInput.forAge(52).sex(Sex.FEMALE).onset(OnsetType.GRADUAL, 120)
			.pain("mid_buttock", RIGHT, 7).pain("lower_buttock", RIGHT, 6).pain("posterior_thigh", RIGHT, 5)
			.pain("lateral_thigh", RIGHT, 4).pain("lateral_leg", RIGHT, 3).pain("upper_calf", RIGHT, 3)
			.pain("sij", LEFT, 2).pain("lower_lumbar", RIGHT, 2)
			.test(ScreeningTest.SLR, TestResult.POSITIVE).test(ScreeningTest.SLUMP, TestResult.NEGATIVE)
			.test(ScreeningTest.FAIR, TestResult.POSITIVE).test(ScreeningTest.SEATED_PIRIFORMIS_STRETCH, TestResult.POSITIVE)
			.test(ScreeningTest.SIJ_DISTRACTION, TestResult.NEGATIVE).test(ScreeningTest.SIJ_THIGH_THRUST, TestResult.NEGATIVE)
			.test(ScreeningTest.REFLEXES, TestResult.NEGATIVE).test(ScreeningTest.DERMATOMAL_SENSATION, TestResult.NEGATIVE)
			.test(ScreeningTest.MYOTOMAL_STRENGTH, TestResult.NEGATIVE).test(ScreeningTest.CROSSED_SLR, TestResult.NEGATIVE)
			.palpation(true).aggravatedBy(AggravatingFactor.PROLONGED_SITTING, AggravatingFactor.DRIVING)
			.startBack(new StartBack(5, 2));
		for (RedFlag flag : RedFlag.values()) {
			builder.redFlag(flag, Answer.NO);
		}
		fullAssessment = builder.build();
	}

	@Benchmark
	public ScreeningResult evaluateFullAssessment() {
		return engine.evaluate(fullAssessment);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(ScreeningEngineBenchmark.class.getSimpleName()).build()).run();
	}
}
