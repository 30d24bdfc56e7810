package app.quadratus.scheduling.hire;

/** Pence shown as pounds, the way a UK statement shows them. */
final class Money {

	private Money() {
	}

	static String pounds(long pence) {
		return String.format("£%d.%02d", pence / 100, Math.abs(pence % 100));
	}
}
