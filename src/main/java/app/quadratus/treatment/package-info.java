/**
 * Treatment: plans agreed with the client (versioned, signed), sessions with the trigger point release
 * log and the signed SOAP note, their API, FHIR resources and events ({@link app.quadratus.treatment.PlanAgreed},
 * {@link app.quadratus.treatment.SessionSigned}). Internals live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Treatment", allowedDependencies = { "shared", "atlas", "clients", "audit", "clinic", "intake", "screening", "documents" })
package app.quadratus.treatment;
