package app.quadratus.careteam.internal;

/** Who the partner is to the client; names the letter and the CareTeam participant's role. */
public enum PartnerKind {
	PILATES, GP, PHYSIOTHERAPIST, TRAINER, OTHER
}
