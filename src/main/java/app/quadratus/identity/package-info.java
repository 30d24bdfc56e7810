/**
 * Accounts, roles, sign-in (form and HTTP Basic), staff two-step sign-in (TOTP), login throttling,
 * invitations and password resets,
 * and the first-run setup of a clinic and its owner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "clinic", "audit", "notifications" })
package app.quadratus.identity;
