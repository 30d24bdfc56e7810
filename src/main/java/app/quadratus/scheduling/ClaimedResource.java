package app.quadratus.scheduling;

/** What a slot claim holds; the order is the order claims are taken, so concurrent bookings queue alike. */
enum ClaimedResource {
	THERAPIST, ROOM, CLIENT
}
