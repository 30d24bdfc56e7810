package app.quadratus.careteam.internal;

import java.util.Set;
import java.util.UUID;

import app.quadratus.shared.security.CareTeamView;
import app.quadratus.shared.security.Role;

/** The partner, looking through one live share: the share's clinic and client, and its parts. */
record ShareView(UUID accountId, UUID clinicId, String email, String displayName, UUID clientId, UUID shareId,
		Set<app.quadratus.shared.security.SharedPart> parts) implements CareTeamView {

	@Override
	public Role role() {
		return Role.PARTNER;
	}
}
