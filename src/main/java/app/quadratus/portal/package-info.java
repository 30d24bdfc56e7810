/**
 * Portal: the client's own pages (mobile first) — home, my plan and agreeing it, today's homework, the
 * pain diary, questionnaires due, my progress, my details and consents, downloading my data and asking
 * for the rest (PS-28), daily homework reminders — and inviting a client to them. Everything here is for
 * {@link app.quadratus.shared.security.Audience#CLIENT_SELF}: the client id always comes from the
 * signed-in account, never from the request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "clients", "intake",
		"audit", "identity", "clinic", "treatment", "homework", "outcomes", "notifications", "documents" })
package app.quadratus.portal;
