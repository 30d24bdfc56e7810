package app.quadratus.outcomes;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/** Exact decimals from JSON numbers, so that 0.1 + 0.2 style errors never reach a score. */
final class Numbers {

	private Numbers() {
	}

	/** The exact decimal of a JSON number, or null for non-numbers and values no decimal can hold. */
	static BigDecimal decimal(JsonNode node) {
		if (node == null || !node.isNumber()) {
			return null;
		}
		if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
			return null;
		}
		try {
			return node.decimalValue();
		}
		catch (RuntimeException overflow) {
			return null;
		}
	}
}
