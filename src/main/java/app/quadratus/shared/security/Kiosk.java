package app.quadratus.shared.security;

/**
 * Hands the signed-in staff session to a client on the clinic's tablet. Until a member of staff
 * unlocks it with their password or tablet PIN, the session reaches only the handed-over pages (and
 * static assets); every other request leads to the kiosk page. While handed over, the session's
 * person is a {@link Role#KIOSK} principal of the same clinic, so the audit log records the client's
 * answers as given on the tablet, not as the therapist browsing.
 */
public interface Kiosk {

	/** Locks the current request's session; call it from a staff request, then redirect to the first page. */
	void handOver(KioskHandOver handOver);

	/** The kiosk page: where a locked session lands, and where staff unlock it. */
	String PAGE = "/kiosk";
}
