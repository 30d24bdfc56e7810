/**
 * Outcome measures (NPRS, ODI, RMDQ, STarT Back, PSFS, LEFS): their definitions as replaceable data,
 * exact scoring by the published rules, and what a score or a change in score means.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes", allowedDependencies = { "shared", "clients", "audit", "notifications", "identity", "clinic", "documents", "treatment" })
package app.quadratus.outcomes;
