package app.quadratus.careteam.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoHistory;
import app.quadratus.shared.security.Role;
import app.quadratus.shared.security.SharedPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's care team: Jo Reed (pilates@norwich.demo), a Pilates instructor, follows Claire Demo in
 * Norwich and one client of the second clinic with one account; a GP (gp@norwich.demo) has one share; an
 * earlier share with Jo was withdrawn. Jo has written one note on Claire's timeline.
 */
@Component
class CareTeamDemoHistory implements DemoHistory {

	static final String PILATES = "pilates@norwich.demo";

	static final String GP = "gp@norwich.demo";

	private static final String PASSWORD = "quadratus-demo";

	private final Accounts accounts;

	private final ShareRepository shares;

	private final CareNotes notes;

	private final Clinics clinics;

	private final Clock clock;

	private UUID jo;

	CareTeamDemoHistory(Accounts accounts, ShareRepository shares, CareNotes notes, Clinics clinics, Clock clock) {
		this.accounts = accounts;
		this.shares = shares;
		this.notes = notes;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	@Transactional
	public void seed(DemoClinic clinic) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDate today = LocalDate.now(clock.withZone(clinics.zoneOf(clinic.clinicId())));
		if (jo == null) {
			jo = accounts.createDemoAccount(clinic.clinicId(), PILATES, "Jo Reed", Role.PARTNER, accounts.encode(PASSWORD),
					null);
		}
		Set<SharedPart> pilates = EnumSet.of(SharedPart.GOALS, SharedPart.HOMEWORK, SharedPart.PRECAUTIONS,
				SharedPart.PROGRESS);
		if (clinic.clients().size() <= 10) {
			UUID client = clinic.clients().get(0).id();
			shares.insert(share(clinic, client, jo, "Jo Reed", PILATES, PartnerKind.PILATES, pilates,
					"So my Pilates classes follow my programme", today.minusDays(20), null, now.minus(Duration.ofDays(20)), null));
			return;
		}
		UUID claire = clinic.clients().get(clinic.clients().size() - 1).id();
		UUID claireShare = UUID.nameUUIDFromBytes(("care-share-claire-" + clinic.clinicId()).getBytes(StandardCharsets.UTF_8));
		// Claire also shares the summaries her therapist wrote for her, so Jo can follow each session.
		Set<SharedPart> claireParts = EnumSet.copyOf(pilates);
		claireParts.add(SharedPart.SESSION_SUMMARIES);
		CareShare toJo = share(clinic, claire, jo, "Jo Reed", PILATES, PartnerKind.PILATES, claireParts,
				"So my Pilates classes follow my programme", today.minusDays(30), null, now.minus(Duration.ofDays(30)), null);
		shares.insert(new CareShare(claireShare, toJo.clinicId(), toJo.clientId(), toJo.partnerAccountId(),
				toJo.partnerName(), toJo.partnerEmail(), toJo.kind(), toJo.parts(), toJo.purpose(), toJo.startsOn(),
				toJo.endsOn(), true, "portal", toJo.grantedBy(), toJo.grantedAt(), null));
		notes.seed(clinic.clinicId(), claire, claireShare, jo,
				"45-minute class, no flare-up, working on bridges. Kept her off long hamstring holds.",
				now.minus(Duration.ofDays(3)));
		UUID gp = accounts.createDemoAccount(clinic.clinicId(), GP, "Dr Anna Kerr", Role.PARTNER,
				accounts.encode(PASSWORD), null);
		shares.insert(share(clinic, clinic.clients().get(0).id(), gp, "Dr Anna Kerr", GP, PartnerKind.GP,
				EnumSet.of(SharedPart.GOALS, SharedPart.PROGRESS), "Keeping my GP informed of treatment and progress",
				today.minusDays(14), today.plusMonths(6), now.minus(Duration.ofDays(14)), null));
		shares.insert(share(clinic, clinic.clients().get(1).id(), jo, "Jo Reed", PILATES, PartnerKind.PILATES, pilates,
				"Pilates classes during treatment", today.minusDays(40), null, now.minus(Duration.ofDays(40)),
				now.minus(Duration.ofDays(10))));
	}

	private static CareShare share(DemoClinic clinic, UUID client, UUID partner, String name, String email,
			PartnerKind kind, Set<SharedPart> parts, String purpose, LocalDate from, LocalDate until, Instant at,
			Instant withdrawnAt) {
		UUID id = UUID.nameUUIDFromBytes(("care-share-" + client + email).getBytes(StandardCharsets.UTF_8));
		UUID by = clinic.therapistIds().isEmpty() ? clinic.ownerId() : clinic.therapistIds().get(0);
		return new CareShare(id, clinic.clinicId(), client, partner, name, email, kind, parts, purpose, from, until, false,
				"clinic", by, at, withdrawnAt);
	}
}
