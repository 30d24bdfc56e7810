/**
 * Homework: the exercise library (shipped as data, plus each clinic's own), home programmes given to a
 * client with their doses, the client's ticks, adherence, the medical clearance that must precede
 * homework after a referral, the printable handout and the programmes' FHIR CarePlans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Homework", allowedDependencies = { "shared", "atlas", "screening", "clients", "intake", "audit", "clinic", "documents" })
package app.quadratus.homework;
