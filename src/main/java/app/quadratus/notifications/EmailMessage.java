package app.quadratus.notifications;

/** A plain-text email. Callers keep clinical content out of it: mail is not a secure channel. */
public record EmailMessage(String to, String subject, String body) {
}
