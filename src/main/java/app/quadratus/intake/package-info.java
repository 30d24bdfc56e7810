/**
 * Intake and assessment: the pain drawing, red-flag answers, test battery, palpation findings and the
 * saved, versioned assessments on a client's chart, with the referral letter and their FHIR resources.
 * It asks the stateless screening engine for the conclusions and stores them as they were shown.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake", allowedDependencies = { "shared", "atlas", "screening", "clients", "audit", "identity", "clinic", "documents" })
package app.quadratus.intake;
