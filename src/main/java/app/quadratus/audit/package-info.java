/**
 * The append-only, tamper-evident audit log: who viewed or changed which record, when, from where,
 * and with what outcome. Never the clinical content itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package app.quadratus.audit;
