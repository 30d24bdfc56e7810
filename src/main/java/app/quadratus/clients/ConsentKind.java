package app.quadratus.clients;

/**
 * Consents Quadratus records, each separately (PRODUCT.md, privacy): the clinical record itself rests on
 * the client's contract and Art 9(2)(h), not on consent, so there is no "data processing" consent.
 * Care-team shares are recorded by the care-team module.
 */
public enum ConsentKind {
	TREATMENT, MARKETING_EMAIL, SMS
}
