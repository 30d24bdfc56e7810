/** Outgoing email (invitations, password resets, later reminders). Never carries clinical content. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared" })
package app.quadratus.notifications;
