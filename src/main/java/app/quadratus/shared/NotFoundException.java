package app.quadratus.shared;

/**
 * A record that does not exist, or belongs to another clinic: both answer 404 so that an id never
 * reveals whether another clinic holds it.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
