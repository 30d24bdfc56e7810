package app.quadratus.outcomes;

import com.fasterxml.jackson.annotation.JsonValue;

/** A named range of whole-number scores, e.g. ODI 21–40 "moderate". */
public record Band(String id, int from, int to, String text) {

	public boolean contains(int wholeScore) {
		return wholeScore >= from && wholeScore <= to;
	}

	/** In an answer a band is its id, e.g. {@code "bed-bound"}. */
	@JsonValue
	public String id() {
		return id;
	}
}
