package app.quadratus.audit;

/**
 * The outcome of checking a clinic's audit chain. {@code brokenAt} is the first entry whose seal or
 * link does not match; {@code removedAfter} is set instead when the chain is consistent but ends before
 * the recorded head, i.e. its newest entries were removed (the id of the last entry left, 0 if none).
 */
public record ChainCheck(Long brokenAt, Long removedAfter) {

	static final ChainCheck INTACT = new ChainCheck(null, null);

	public boolean intact() {
		return brokenAt == null && removedAfter == null;
	}
}
