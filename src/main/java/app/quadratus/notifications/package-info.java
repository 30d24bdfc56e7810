/** Outgoing email (invitations, password resets, later reminders). Never carries clinical content. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package app.quadratus.notifications;
