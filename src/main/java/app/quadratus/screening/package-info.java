/**
 * Clinical screening: red-flag triage, the pattern the findings fit, how urgently to refer, the candidate
 * muscles and the safety-net advice, through a deterministic engine and the screening API. It supports a
 * therapist's decision to treat or refer and never states a diagnosis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening", allowedDependencies = { "shared", "atlas" })
package app.quadratus.screening;
