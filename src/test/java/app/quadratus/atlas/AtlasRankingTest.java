package app.quadratus.atlas;

import static app.quadratus.atlas.BodySide.BOTH;
import static app.quadratus.atlas.BodySide.LEFT;
import static app.quadratus.atlas.BodySide.RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AtlasRankingTest {

	final MuscleRanking ranking = Atlas.load().ranking();

	private List<String> top(int n, PainDrawing drawing, AggravatingFactor... factors) {
		return ranking.rank(drawing, Set.of(factors)).stream().limit(n).map(CandidateMuscle::muscleId).toList();
	}

	@Test
	void gluteusMinimusPseudoSciaticaRanksGluteusMinimusInTheTopThree() {
		PainDrawing drawing = PainDrawing.of(new PainMark("lateral_thigh", RIGHT, 6),
				new PainMark("posterior_thigh", RIGHT, 5), new PainMark("lateral_leg", RIGHT, 5),
				new PainMark("upper_calf", RIGHT, 4), new PainMark("mid_buttock", RIGHT, 6),
				new PainMark("lower_buttock", RIGHT, 5));
		assertThat(top(3, drawing)).contains("gluteus_minimus");
		assertThat(top(1, drawing)).containsExactly("gluteus_minimus");
	}

	@Test
	void scoresTwiceTheIntensityInAnEssentialZoneAndOnceInASpilloverZone() {
		PainDrawing drawing = PainDrawing.of(new PainMark("mid_buttock", RIGHT, 7), new PainMark("posterior_thigh", RIGHT, 3));
		CandidateMuscle piriformis = ranking.rank(drawing, Set.of()).stream()
			.filter(c -> c.muscleId().equals("piriformis")).findFirst().orElseThrow();
		assertThat(piriformis.score()).isEqualTo(7 * 2 + 3);
		assertThat(piriformis.matchedEssentialRegions()).containsExactly("mid_buttock");
		assertThat(piriformis.matchedSpilloverRegions()).containsExactly("posterior_thigh");
	}

	@Test
	void aRegionOnBothSidesCountsOnceAtItsHigherIntensity() {
		PainDrawing drawing = PainDrawing.of(new PainMark("heel", LEFT, 3), new PainMark("heel", RIGHT, 6));
		assertThat(ranking.rank(drawing, Set.of()).get(0).score()).isEqualTo(12);
		assertThat(drawing.intensity("heel")).isEqualTo(6);
	}

	@Test
	void aRegionMarkedZeroIsNotPainful() {
		PainDrawing drawing = PainDrawing.of(new PainMark("heel", BOTH, 0));
		assertThat(drawing.isEmpty()).isTrue();
		assertThat(ranking.rank(drawing, Set.of())).allSatisfy(c -> assertThat(c.score()).isZero());
	}

	@Test
	void aTieGoesToTheMuscleWhoseActivitiesMatchWhatMakesItWorse() {
		PainDrawing sij = PainDrawing.of(new PainMark("sij", RIGHT, 5));
		assertThat(top(1, sij, AggravatingFactor.DRIVING)).containsExactly("piriformis");
		assertThat(top(1, sij, AggravatingFactor.SIT_UPS)).containsExactly("rectus_abdominis_lower");
		CandidateMuscle first = ranking.rank(sij, Set.of(AggravatingFactor.DRIVING)).get(0);
		assertThat(first.matchingFactors()).containsExactly(AggravatingFactor.DRIVING);
	}

	@Test
	void anEqualScoreAndActivityMatchGoesToTheFullerMatchOfTheEssentialZones() {
		// tensor fasciae latae (2 essential zones, both drawn) beats vastus lateralis (1 of 2 drawn, plus spillover)
		PainDrawing drawing = PainDrawing.of(new PainMark("lateral_hip", RIGHT, 4), new PainMark("lateral_thigh", RIGHT, 4));
		List<CandidateMuscle> ranked = ranking.rank(drawing, Set.of());
		assertThat(ranked.get(0).muscleId()).isEqualTo("tensor_fasciae_latae");
		assertThat(ranked.get(0).score()).isEqualTo(16);
	}

	@Test
	void theOrderMarksWereEnteredInNeverMatters() {
		List<PainMark> marks = List.of(new PainMark("groin", LEFT, 5), new PainMark("medial_thigh", LEFT, 5),
				new PainMark("flank_iliac_crest", LEFT, 3));
		List<PainMark> reversed = new java.util.ArrayList<>(marks);
		java.util.Collections.reverse(reversed);
		assertThat(ranking.rank(PainDrawing.of(marks), Set.of()))
			.isEqualTo(ranking.rank(PainDrawing.of(reversed), Set.of()));
	}
}
