package app.quadratus.outcomes;

/** How the client answered: on the clinic's tablet, through an emailed link, or in the portal. */
public enum Channel {
	TABLET, EMAIL_LINK, PORTAL
}
