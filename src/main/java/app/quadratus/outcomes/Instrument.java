package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One questionnaire as a clinic's data file describes it (see {@code instruments/*.json}): what it asks,
 * how each answer counts, the range and rounding of its score, and how to read a change.
 *
 * @param loinc LOINC code of the total score; null where LOINC has none (RMDQ, PSFS, LEFS)
 * @param codes further codes by role (e.g. {@code panel}, {@code distress}); never null, may be empty
 * @param minimalImportantChange null for a measure with no change rule (STarT Back stratifies only)
 * @param parameters named numbers the scoring rule reads (e.g. ODI {@code minimumAnswered}); never null
 * @param bands interpretation bands of the score; empty where the measure has none
 */
public record Instrument(OutcomeMeasure measure, String title, String version, String loinc, Map<String, String> codes,
		String licence, Scale scale, Polarity polarity, MinimalImportantChange minimalImportantChange,
		Map<String, Integer> parameters, List<Band> bands, List<Item> items) {

	public Instrument {
		codes = Map.copyOf(codes);
		parameters = Map.copyOf(parameters);
		bands = List.copyOf(bands);
		items = List.copyOf(items);
	}

	public Optional<Item> item(String id) {
		return items.stream().filter(item -> item.id().equals(id)).findFirst();
	}

	/** A scoring parameter the data file must define; its absence is a broken file, not bad input. */
	public int parameter(String name) {
		Integer value = parameters.get(name);
		if (value == null) {
			throw new IllegalStateException(measure.id() + " instrument file defines no parameter '" + name + "'");
		}
		return value;
	}

	/**
	 * The band a score falls in. Bands are whole numbers with gaps between them (20 | 21), so a score
	 * between two bands, e.g. 20.5, takes the band of its value rounded half up (21: moderate).
	 */
	public Optional<Band> band(BigDecimal score) {
		int whole = score.setScale(0, RoundingMode.HALF_UP).intValueExact();
		return bands.stream().filter(band -> band.contains(whole)).findFirst();
	}

	public boolean hasChangeRule() {
		return minimalImportantChange != null;
	}
}
