package app.quadratus.treatment.internal;

/** The session note in SOAP form; each part may be null until written. */
public record SoapNote(String subjective, String objective, String assessment, String plan) {

	public static final SoapNote EMPTY = new SoapNote(null, null, null, null);

	public boolean isBlank() {
		return blank(subjective) && blank(objective) && blank(assessment) && blank(plan);
	}

	private static boolean blank(String part) {
		return part == null || part.isBlank();
	}
}
