package app.quadratus.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;


/**
 * What one evaluation has concluded so far: the findings in the order the rules fired and the most urgent
 * referral any of them asked for. Sources are written as atlas keys ("S29a") and resolved to full
 * references here, so every finding carries its published source.
 */
final class Assessment {

	private final Map<String, String> citations;

	private final List<Finding> findings = new ArrayList<>();

	private Urgency urgency = Urgency.TREAT;

	/** @param citations "[S29a] Martin HD et al. ..." by source key, prepared once by the engine */
	Assessment(Map<String, String> citations) {
		this.citations = citations;
	}

	/** Records a finding that does not by itself change the urgency. */
	void note(String code, String text, String... sourceKeys) {
		findings.add(new Finding(code, text, Arrays.stream(sourceKeys).map(this::cite).toList()));
	}

	/** Records a finding and raises the urgency to at least the given level. */
	void refer(Urgency level, String code, String text, String... sourceKeys) {
		note(code, text, sourceKeys);
		urgency = urgency.mostUrgent(level);
	}

	Urgency urgency() {
		return urgency;
	}

	List<Finding> findings() {
		return findings;
	}

	private String cite(String key) {
		String citation = citations.get(key);
		if (citation == null) {
			throw new IllegalStateException("source " + key + " is not in SourceKeys.CITED");
		}
		return citation;
	}
}
