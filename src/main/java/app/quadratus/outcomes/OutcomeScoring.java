package app.quadratus.outcomes;

import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Scores answers to any instrument by its published rule. Plain Java: usable from the API, the
 * client's portal and imports alike. Answers come as a JSON tree because each form has its own shape
 * (an object of sections for ODI, a list of 24 for RMDQ); see {@code contracts/outcomes-api.md}.
 */
public class OutcomeScoring {

	private final InstrumentCatalogue catalogue;

	private final Map<OutcomeMeasure, Scorer> scorers = new EnumMap<>(OutcomeMeasure.class);

	public OutcomeScoring(InstrumentCatalogue catalogue) {
		this.catalogue = catalogue;
		scorers.put(OutcomeMeasure.NPRS, new NprsScorer());
		scorers.put(OutcomeMeasure.ODI, new OdiScorer());
		scorers.put(OutcomeMeasure.RMDQ, ItemListScorer.rolandMorris());
		scorers.put(OutcomeMeasure.STARTBACK, new StartBackScorer());
		scorers.put(OutcomeMeasure.PSFS, new PsfsScorer());
		scorers.put(OutcomeMeasure.LEFS, ItemListScorer.lowerExtremity());
	}

	/**
	 * @param answers the answers in the shape the contract gives for this measure; null counts as none
	 * @throws app.quadratus.shared.InvalidFieldException naming the answer that is missing, of the wrong
	 * kind or out of range, or {@code answers} itself for a wrong count or too few ODI sections
	 */
	public Score score(OutcomeMeasure measure, JsonNode answers) {
		return scorers.get(measure).score(catalogue.instrument(measure), answers);
	}
}
