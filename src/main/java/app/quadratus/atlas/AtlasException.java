package app.quadratus.atlas;

/** The atlas data file is missing, unreadable or inconsistent; the application must not start with it. */
public class AtlasException extends RuntimeException {

	public AtlasException(String message) {
		super(message);
	}

	public AtlasException(String message, Throwable cause) {
		super(message, cause);
	}
}
