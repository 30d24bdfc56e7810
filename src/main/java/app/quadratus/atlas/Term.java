package app.quadratus.atlas;

/** An entry of a fixed vocabulary: the id the API speaks and the label a person reads. */
public interface Term {

	String id();

	String label();
}
