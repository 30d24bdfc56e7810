package app.quadratus.screening;

import java.util.List;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.screening.EvaluateResponse.TermView;

/** Every id the evaluate request and answer use, each with its human label, for building forms. */
record VocabularyResponse(String atlasVersion, List<TermView> regions, List<TermView> tests, List<TermView> redFlags,
		List<TermView> aggravatingFactors, List<TermView> muscles, List<TermView> sides, List<TermView> sexes,
		List<TermView> onsetTypes, List<TermView> redFlagAnswers, List<TermView> testResults, List<TermView> urgencies,
		List<TermView> patterns) {

	static VocabularyResponse of(Atlas atlas) {
		return new VocabularyResponse(atlas.version(),
				atlas.regions().stream().map(region -> new TermView(region.id(), region.label())).toList(),
				TermView.of(ScreeningTest.values()), TermView.of(RedFlag.values()),
				TermView.of(AggravatingFactor.values()),
				atlas.muscles().stream().map(muscle -> new TermView(muscle.id(), muscle.name())).toList(),
				TermView.of(BodySide.values()), TermView.of(Sex.values()), TermView.of(OnsetType.values()),
				TermView.of(Answer.values()), TermView.of(TestResult.values()), TermView.of(Urgency.values()),
				TermView.of(PainPattern.values()));
	}
}
