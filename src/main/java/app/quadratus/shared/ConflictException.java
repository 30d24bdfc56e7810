package app.quadratus.shared;

/** The request clashes with the current state of a record (answers 409). */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
