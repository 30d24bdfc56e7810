package app.quadratus.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The contract's adherence arithmetic, checked against its own words for any doses and periods. */
class AdherenceArithmeticTest {

	@Property
	void plannedIsTheProductOverSevenRoundedHalfUp(@ForAll @IntRange(min = 1, max = 12) int timesPerDay,
			@ForAll @IntRange(min = 1, max = 7) int daysPerWeek, @ForAll @IntRange(min = 0, max = 4000) int days) {
		long expected = BigDecimal.valueOf((long) timesPerDay * daysPerWeek * days)
			.divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP).longValueExact();
		assertThat(AdherenceArithmetic.planned(timesPerDay, daysPerWeek, days)).isEqualTo(expected);
	}

	@Example
	void halfIsRoundedUp() {
		// 1 × 1 × 7 ÷ 7 = 1; 1 × 3 × 5 ÷ 7 = 2.14 → 2; 1 × 1 × 4 ÷ 7 = 0.57 → 1; 1 × 1 × 3 ÷ 7 = 0.43 → 0.
		assertThat(AdherenceArithmetic.planned(1, 1, 7)).isEqualTo(1);
		assertThat(AdherenceArithmetic.planned(1, 3, 5)).isEqualTo(2);
		assertThat(AdherenceArithmetic.planned(1, 1, 4)).isEqualTo(1);
		assertThat(AdherenceArithmetic.planned(1, 1, 3)).isEqualTo(0);
		// The contract's example: 2 × 7 × 12 ÷ 7 = 24.
		assertThat(AdherenceArithmetic.planned(2, 7, 12)).isEqualTo(24);
	}

	@Property
	void daysInsideCountsTheOverlapOfThePeriodAndTheProgramme(@ForAll @IntRange(min = 0, max = 400) int fromOffset,
			@ForAll @IntRange(min = 0, max = 100) int length, @ForAll @IntRange(min = 0, max = 400) int startOffset,
			@ForAll @IntRange(min = -1, max = 100) int programmeLength) {
		LocalDate base = LocalDate.of(2026, 1, 1);
		LocalDate from = base.plusDays(fromOffset);
		LocalDate to = from.plusDays(length);
		LocalDate startsOn = base.plusDays(startOffset);
		LocalDate endsOn = programmeLength < 0 ? null : startsOn.plusDays(programmeLength);
		long counted = 0;
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (!d.isBefore(startsOn) && (endsOn == null || !d.isAfter(endsOn))) {
				counted++;
			}
		}
		assertThat(AdherenceArithmetic.daysInside(from, to, startsOn, endsOn)).isEqualTo(counted);
	}

	@Property
	void rateIsAtMostOneAndNullWhenNothingWasPlanned(@ForAll @IntRange(min = 0, max = 500) int done,
			@ForAll @IntRange(min = 0, max = 500) int planned) {
		Double rate = AdherenceArithmetic.rate(done, planned);
		if (planned == 0) {
			assertThat(rate).isNull();
		}
		else {
			assertThat(rate).isBetween(0.0, 1.0).isEqualTo(Math.min(done, planned) / (double) planned);
		}
	}

	@Property
	void overallIsTheCappedDoneOverThePlanned(@ForAll("rows") @Size(max = 8) List<ExerciseAdherence> rows) {
		Double overall = AdherenceArithmetic.overall(rows);
		long planned = rows.stream().mapToLong(ExerciseAdherence::planned).sum();
		if (planned == 0) {
			assertThat(overall).isNull();
			return;
		}
		long cappedDone = rows.stream().mapToLong(r -> Math.min(r.done(), r.planned())).sum();
		assertThat(overall).isBetween(0.0, 1.0).isEqualTo((double) cappedDone / planned);
		// Ticking more of an exercise already done in full never raises the overall rate.
		List<ExerciseAdherence> more = new ArrayList<>(rows);
		ExerciseAdherence r = rows.get(0);
		more.set(0, ExerciseAdherence.of(r.exerciseId(), r.planned(), Math.max(r.done(), r.planned()) + 5));
		assertThat(AdherenceArithmetic.overall(more)).isGreaterThanOrEqualTo(overall);
		assertThat(AdherenceArithmetic.overall(more)).isLessThanOrEqualTo(1.0);
	}

	@Provide
	Arbitrary<List<ExerciseAdherence>> rows() {
		return Combinators.combine(Arbitraries.longs().between(0, 60), Arbitraries.longs().between(0, 90))
			.as((planned, done) -> ExerciseAdherence.of("x", planned, done))
			.list().ofMinSize(1).ofMaxSize(8);
	}
}
