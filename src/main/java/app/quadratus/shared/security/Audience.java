package app.quadratus.shared.security;

import java.util.UUID;

/**
 * Who is looking at a client's record: a member of the clinic's staff, the client themself (the
 * portal), or later a member of the client's care team. Extension points ({@code ChartSection},
 * {@code FhirResourceContributor}, {@code PortalSection}) say once what each audience sees; on top of
 * the role annotations, {@link #requireMayRead} keeps a client to their own record.
 */
public enum Audience {

	STAFF, CLIENT_SELF, CARE_TEAM;

	public static Audience of(ClinicPrincipal who) {
		return switch (who.role()) {
			case CLIENT -> CLIENT_SELF;
			case PARTNER -> CARE_TEAM;
			default -> STAFF;
		};
	}

	/** The audience of the signed-in person. */
	public static Audience current() {
		return of(CurrentUser.get());
	}

	/**
	 * The per-record check: a client account reaches only the record whose client id is its own; anything
	 * else is "not found" (404), exactly as another clinic's record is. Staff pass (their roles and the
	 * clinic scope of every query decide); a care-team member reaches only the client of the live share
	 * they are looking through ({@link CareTeamView}), and only the parts it shares.
	 *
	 * @throws app.quadratus.shared.NotFoundException for a record the signed-in person may not read
	 */
	public static void requireMayRead(UUID clientId) {
		ClinicPrincipal who = CurrentUser.get();
		boolean allowed = switch (of(who)) {
			case STAFF -> true;
			case CLIENT_SELF -> who.clientId() != null && who.clientId().equals(clientId);
			case CARE_TEAM -> who instanceof CareTeamView view && clientId.equals(view.clientId());
		};
		if (!allowed) {
			throw new app.quadratus.shared.NotFoundException("client");
		}
	}
}
