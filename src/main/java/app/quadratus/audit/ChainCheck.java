package app.quadratus.audit;

/**
 * The outcome of checking a clinic's audit chain. {@code brokenAt} is the first entry whose seal or
 * link does not match; {@code removedAfter} is set instead when the chain is consistent but ends before
 * the recorded head, i.e. its newest entries were removed (the id of the last entry left, 0 if none).
 * {@code pending} counts entries recorded but not sealed yet (the background sealer links them within
 * seconds): they are not part of the proof until then.
 */
public record ChainCheck(Long brokenAt, Long removedAfter, long pending) {

	static final ChainCheck INTACT = new ChainCheck(null, null, 0);

	ChainCheck(Long brokenAt, Long removedAfter) {
		this(brokenAt, removedAfter, 0);
	}

	public boolean intact() {
		return brokenAt == null && removedAfter == null;
	}

	ChainCheck withPending(long count) {
		return new ChainCheck(brokenAt, removedAfter, count);
	}
}
