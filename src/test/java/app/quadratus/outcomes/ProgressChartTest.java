package app.quadratus.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chart's geometry: scale to pixels, the MCID band around the baseline, the goal line. */
class ProgressChartTest {

	private final InstrumentCatalogue catalogue = InstrumentCatalogue.shipped();

	@Test
	void anOdiChartPutsTheBandTenPointsEitherSideOfTheBaselineAndTheGoalAtItsScore() {
		Instrument odi = catalogue.instrument(OutcomeMeasure.ODI);
		// Plot height is 260 - 14 - 44 = 202 px for 0–100 %, from y = 14 (100 %) to y = 216 (0 %).
		ProgressChart chart = ProgressChart.of(odi, List.of(point("2026-09-27", "40.0"), point("2026-10-27", "20.0")),
				OutcomeGoal.reach(odi, new BigDecimal("20")));
		assertThat(chart.baselineY()).isEqualTo(135); // 14 + 202 × 0.6 = 135.2
		assertThat(chart.mcidBand().y()).isEqualTo(115); // 50 %: 14 + 101
		assertThat(chart.mcidBand().height()).isEqualTo(40); // down to 30 %: 155.4 → 155
		assertThat(chart.goalY()).isEqualTo(176); // 14 + 202 × 0.8 = 175.6
		assertThat(chart.dots()).extracting(ProgressChart.Dot::x).containsExactly(44, 620);
		assertThat(chart.dots()).extracting(ProgressChart.Dot::label).containsExactly("40.0", "20.0");
		assertThat(chart.line()).isEqualTo("44,135 620,176");
	}

	@Test
	void nprsCountsThirtyPercentOfALowBaselineWhenThatIsTheSmallerChange() {
		MinimalImportantChange nprs = catalogue.instrument(OutcomeMeasure.NPRS).minimalImportantChange();
		assertThat(ProgressChart.threshold(nprs, new BigDecimal("4"))).isEqualByComparingTo("1.2");
		assertThat(ProgressChart.threshold(nprs, new BigDecimal("8"))).isEqualByComparingTo("2");
		assertThat(ProgressChart.threshold(nprs, BigDecimal.ZERO)).isEqualByComparingTo("2");
	}

	@Test
	void theBandStopsAtTheEdgesOfTheScaleAndStartBackHasNone() {
		Instrument odi = catalogue.instrument(OutcomeMeasure.ODI);
		ProgressChart nearZero = ProgressChart.of(odi, List.of(point("2026-09-27", "4.0")), null);
		assertThat(nearZero.mcidBand().y() + nearZero.mcidBand().height()).isEqualTo(216);
		assertThat(nearZero.goalY()).isNull();
		assertThat(nearZero.dots()).extracting(ProgressChart.Dot::x).containsExactly(332);
		ProgressChart startBack = ProgressChart.of(catalogue.instrument(OutcomeMeasure.STARTBACK),
				List.of(point("2026-09-27", "5")), null);
		assertThat(startBack.mcidBand()).isNull();
	}

	private static ProgressPoint point(String date, String score) {
		return new ProgressPoint(null, LocalDate.parse(date), new BigDecimal(score), null, null, null, null, false, null, false);
	}
}
