package app.quadratus.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.intake.AssessmentFindings.RegionPain;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import org.springframework.stereotype.Component;

/**
 * What the client's intake pages offer to choose from (the vocabularies the assessment uses, so answers
 * prefill it unchanged) and the body chart drawn from their answers, for the portal's templates.
 */
@Component
public class IntakeVocabulary {

	private final Atlas atlas;

	private final RedFlagQuestions redFlags;

	IntakeVocabulary(Atlas atlas, RedFlagQuestions redFlags) {
		this.atlas = atlas;
		this.redFlags = redFlags;
	}

	/** Model attributes for an intake page showing these answers. */
	public Map<String, Object> forPage(IntakeAnswers answers) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("onsets", List.of(OnsetType.values()));
		model.put("loadChoices", List.of(DailyLoad.values()));
		model.put("factors", List.of(AggravatingFactor.values()));
		model.put("qualities", List.of(PainQuality.values()));
		model.put("timings", List.of(PainTiming.values()));
		model.put("sides", List.of(BodySide.LEFT, BodySide.RIGHT, BodySide.BOTH));
		model.put("answers", List.of(Answer.YES, Answer.NO, Answer.UNKNOWN));
		model.put("questions", redFlags.questions());
		model.put("regions", atlas.regions());
		model.put("chart", BodyChartDrawing.heatMap(atlas, pain(answers)));
		return model;
	}

	/** The regions the client marked, as the assessment reads them (a sided region without a side is both). */
	List<RegionPain> pain(IntakeAnswers answers) {
		return answers.marked().entrySet().stream()
			.filter(e -> atlas.region(e.getKey()).isPresent())
			.map(e -> {
				var region = atlas.region(e.getKey()).get();
				var row = e.getValue();
				BodySide side = !region.sided() ? null
						: IntakeChecks.isEnum(BodySide.class, row.getSide()) ? BodySide.valueOf(row.getSide()) : BodySide.BOTH;
				return new RegionPain(e.getKey(), side, Math.min(row.getIntensity(), 10),
						IntakeChecks.isEnum(PainQuality.class, row.getQuality()) ? PainQuality.valueOf(row.getQuality()) : null,
						IntakeChecks.isEnum(PainTiming.class, row.getTiming()) ? PainTiming.valueOf(row.getTiming()) : null);
			})
			.toList();
	}
}
