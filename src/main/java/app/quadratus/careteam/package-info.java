/**
 * The care team: a client's shares with people outside the clinic (a Pilates instructor, a GP, a
 * physiotherapist), each its own revocable consent; the PARTNER's pages (my clients, each client's goals,
 * homework with its precautions, progress) and their notes back to the clinic; handover and GP letters;
 * the CareTeam and Consent FHIR resources. Everything a partner sees is read through other modules'
 * {@code @CareTeamAccess} APIs inside the share's clinic ({@link app.quadratus.shared.security.CareTeamView}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care team", allowedDependencies = { "shared", "clinic",
		"identity", "clients", "audit", "notifications", "documents", "treatment", "homework", "outcomes", "intake",
		"screening" })
package app.quadratus.careteam;
