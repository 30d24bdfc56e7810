package app.quadratus.outcomes;

/** A questionnaire is in progress (answers saved as given) until the client finishes it. */
public enum ResponseStatus {
	IN_PROGRESS, COMPLETED
}
