package app.quadratus.atlas;

/**
 * One mark on the pain drawing: a region id, the side (null when not recorded) and the intensity 0–10.
 */
public record PainMark(String region, BodySide side, int intensity) {

	public PainMark {
		if (region == null) {
			throw new IllegalArgumentException("a pain mark needs a region");
		}
		if (intensity < 0 || intensity > 10) {
			throw new IllegalArgumentException("intensity must be 0-10, was " + intensity);
		}
	}
}
