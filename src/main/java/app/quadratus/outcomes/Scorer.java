package app.quadratus.outcomes;

import tools.jackson.databind.JsonNode;

/** One published scoring rule, applied to answers as sent (a JSON tree) with the instrument's data. */
interface Scorer {

	/**
	 * @param answers the {@code answers} of a request; may be null or a JSON null when none were sent
	 * @throws app.quadratus.shared.InvalidFieldException naming the offending field
	 */
	Score score(Instrument instrument, JsonNode answers);
}
