package app.quadratus.careteam.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.identity.Accounts;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.SharedPart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares as consents: given by the client in the portal or by clinical staff with the client present,
 * each its own record; withdrawn by either, which ends the partner's access at the next request (every
 * partner request reads the share again). The partner is emailed that access ended, never why.
 */
@Service
public class CareShares {

	static final String AUDIT_TYPE = "care-share";

	/**
	 * What a share can offer, in the order the form lists it. Session summaries are the words the therapist
	 * already shared with the client (treatment's {@code SharedSummaries}), never the session's note.
	 */
	static final List<SharedPart> OFFERED = List.of(SharedPart.GOALS, SharedPart.HOMEWORK, SharedPart.PRECAUTIONS,
			SharedPart.PROGRESS, SharedPart.SESSION_SUMMARIES);

	private final ShareRepository repository;

	private final Accounts accounts;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	CareShares(ShareRepository repository, Accounts accounts, ClientRecords clients, Clinics clinics, Mailer mailer,
			AuditLog audit, Clock clock, @Value("${quadratus.base-url}") String baseUrl) {
		this.repository = repository;
		this.accounts = accounts;
		this.clients = clients;
		this.clinics = clinics;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The client shares from the portal. */
	@ClientSelfAccess
	@Transactional
	public UUID grantAsClient(ShareForm form) {
		return grant(CurrentUser.ownClientId(), form, "portal", CurrentUser.get().displayName());
	}

	/** The therapist shares for a client of the clinic, with the client present (recorded as such). */
	@ClinicalAccess
	@Transactional
	public UUID grantForClient(UUID clientId, ShareForm form) {
		clients.requireExists(clientId);
		String name = clients.namesOf(Set.of(clientId)).get(clientId);
		return grant(clientId, form, "clinic", name);
	}

	@ClientSelfAccess
	public List<CareShare> mine() {
		return repository.forClient(CurrentUser.clinicId(), CurrentUser.ownClientId());
	}

	@ClientSelfAccess
	@Transactional
	public void withdrawMine(UUID shareId) {
		CareShare share = repository.find(CurrentUser.clinicId(), shareId)
			.filter(s -> s.clientId().equals(CurrentUser.ownClientId()))
			.orElseThrow(() -> new NotFoundException("share"));
		withdraw(share);
	}

	@ClinicalAccess
	public List<CareShare> forClient(UUID clientId) {
		clients.requireExists(clientId);
		return repository.forClient(CurrentUser.clinicId(), clientId);
	}

	@ClinicalAccess
	@Transactional
	public void withdrawForClient(UUID clientId, UUID shareId) {
		CareShare share = repository.find(CurrentUser.clinicId(), shareId)
			.filter(s -> s.clientId().equals(clientId))
			.orElseThrow(() -> new NotFoundException("share"));
		withdraw(share);
	}

	/** The signed-in partner's live shares, from every clinic, with each client's name and clinic. */
	@PreAuthorize("hasRole('PARTNER')")
	public List<PartnerClient> myClients() {
		UUID me = CurrentUser.get().accountId();
		return repository.notWithdrawnForPartner(me).stream().filter(this::liveToday).map(s -> new PartnerClient(s,
				clients.namesInClinic(s.clinicId(), Set.of(s.clientId())).get(s.clientId()),
				clinics.find(s.clinicId()).name())).toList();
	}

	/**
	 * The signed-in partner's share, if it is live today; anything else (withdrawn, ended, not yet begun,
	 * someone else's, unknown) is "not found".
	 */
	@PreAuthorize("hasRole('PARTNER')")
	public PartnerClient openLive(UUID shareId) {
		CareShare share = repository.findForPartner(CurrentUser.get().accountId(), shareId)
			.filter(this::liveToday)
			.orElseThrow(() -> new NotFoundException("client"));
		return new PartnerClient(share, clients.namesInClinic(share.clinicId(), Set.of(share.clientId())).get(share.clientId()),
				clinics.find(share.clinicId()).name());
	}

	/** A live share as the partner sees it: with the client's name and the clinic that shared. */
	public record PartnerClient(CareShare share, String clientName, String clinicName) {
	}

	private boolean liveToday(CareShare share) {
		return share.liveOn(LocalDate.now(clock.withZone(clinics.zoneOf(share.clinicId()))));
	}

	private UUID grant(UUID clientId, ShareForm form, String via, String clientName) {
		UUID clinicId = CurrentUser.clinicId();
		var partner = accounts.partner(form.getPartnerEmail(), form.getPartnerName(), clientName);
		CareShare share = new CareShare(UUID.randomUUID(), clinicId, clientId, partner.id(), form.getPartnerName().strip(),
				form.getPartnerEmail().strip(), form.getKind(), form.getParts(), form.getPurpose().strip(),
				form.getStartsOn(), form.getEndsOn(), form.isNotesToPortal(), via, CurrentUser.get().accountId(),
				clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
		repository.insert(share);
		audit.record(AuditAction.CREATE, AUDIT_TYPE, share.id(), clientId);
		if (!partner.invited()) {
			mailer.send(new EmailMessage(share.partnerEmail(), "New care-team access on Quadratus",
					"Hello " + share.partnerName() + ",\n\n" + clientName
							+ " has shared parts of their care plan with you on Quadratus.\nSign in to see it: " + baseUrl
							+ "/login\n"));
		}
		return share.id();
	}

	private void withdraw(CareShare share) {
		if (!repository.withdraw(share.clinicId(), share.id(), CurrentUser.get().accountId(), clock.instant())) {
			return;
		}
		audit.record(AuditAction.UPDATE, AUDIT_TYPE, share.id(), share.clientId());
		// Told that access ended, never why: the reason is the client's.
		mailer.send(new EmailMessage(share.partnerEmail(), "Care-team access ended",
				"Hello " + share.partnerName() + ",\n\nYour access on Quadratus to what "
						+ clients.namesInClinic(share.clinicId(), Set.of(share.clientId())).getOrDefault(share.clientId(), "a client")
						+ " shared with you through " + clinics.find(share.clinicId()).name() + " has ended.\n"));
	}
}
