package app.quadratus.shared.security;

/**
 * Published when a signed-in person is refused a page or an API call by their role, so the audit log
 * records refusals as well as successes. Carries the request path only, never clinical content.
 */
public record AccessRefused(ClinicPrincipal who, String method, String path) {
}
