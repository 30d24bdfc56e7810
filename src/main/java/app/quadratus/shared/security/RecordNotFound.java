package app.quadratus.shared.security;

/**
 * Published when a signed-in person asks for a record that does not exist or belongs to another
 * clinic (answered 404), so that probing for other clinics' ids leaves a trace in the audit log.
 * Carries the request path only, never clinical content.
 */
public record RecordNotFound(ClinicPrincipal who, String method, String path) {
}
