package app.quadratus.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.atlas.Atlas;

/** Every source key a screening rule cites, checked at start-up so a finding can never lose its source. */
final class SourceKeys {

	static final List<String> CITED = List.of("S1", "S19", "S20", "S21", "S25", "S26", "S28a", "S29a", "S31a",
			"S32a", "S32c", "S33a", "S34b", "S35b", "S35c", "S36a", "S36c", "S36d", "S37a", "S37c", "S39", "S40",
			"S41", "S42a", "S43a", "S43b", "S44a", "S44d", "S45a", "S45b", "S54a");

	private SourceKeys() {
	}

	/** "[key] full reference" for every cited key; fails when the atlas lacks one. */
	static Map<String, String> citations(Atlas atlas) {
		Map<String, String> citations = new HashMap<>();
		for (String key : CITED) {
			if (!atlas.hasSource(key)) {
				throw new IllegalStateException("the screening rules cite source '" + key + "', which the atlas "
						+ atlas.version() + " lacks");
			}
			citations.put(key, "[" + key + "] " + atlas.citation(key));
		}
		return Map.copyOf(citations);
	}
}
