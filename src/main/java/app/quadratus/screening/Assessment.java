package app.quadratus.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.quadratus.atlas.Atlas;

/**
 * What one evaluation has concluded so far: the findings in the order the rules fired and the most urgent
 * referral any of them asked for. Sources are written as atlas keys ("S29a") and resolved to full
 * references here, so every finding carries its published source.
 */
final class Assessment {

	private final Atlas atlas;

	private final List<Finding> findings = new ArrayList<>();

	private Urgency urgency = Urgency.TREAT;

	Assessment(Atlas atlas) {
		this.atlas = atlas;
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
		return "[" + key + "] " + atlas.citation(key);
	}
}
