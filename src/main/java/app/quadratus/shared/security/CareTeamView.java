package app.quadratus.shared.security;

import java.util.Set;
import java.util.UUID;

import app.quadratus.shared.NotFoundException;

/**
 * A partner (care-team member) looking through one live share: the principal of the request while the
 * careteam module serves that share's page. {@link #clinicId()} is the share's clinic and
 * {@link #clientId()} its client, so every clinic-scoped query and every audit entry of the view falls in
 * the sharing clinic, as the partner. Outside a share a partner has no clinic record at all.
 */
public interface CareTeamView extends ClinicPrincipal {

	UUID shareId();

	Set<SharedPart> parts();

	/**
	 * The view of the current request, when it shares {@code part}.
	 *
	 * @throws NotFoundException for anyone not looking through a share that includes the part
	 */
	static CareTeamView require(SharedPart part) {
		if (CurrentUser.find().orElse(null) instanceof CareTeamView view && view.clientId() != null
				&& view.parts().contains(part)) {
			return view;
		}
		throw new NotFoundException("client");
	}
}
