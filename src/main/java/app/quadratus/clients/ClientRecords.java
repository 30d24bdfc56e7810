package app.quadratus.clients;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients module's published API. Every method works within the signed-in person's clinic; a
 * client of another clinic is "not found". Views and changes are audited.
 */
@Service
public class ClientRecords {

	private final ClientRepository repository;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final String privacyNoticeVersion;

	ClientRecords(ClientRepository repository, Accounts accounts, AuditLog audit, Clock clock,
			@Value("${quadratus.privacy-notice-version:2026-11}") String privacyNoticeVersion) {
		this.repository = repository;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.privacyNoticeVersion = privacyNoticeVersion;
	}

	/** Names and contact details only; search results are not audited as record views. */
	@StaffAccess
	public ClientPage search(ClientQuery query) {
		return search(query, null);
	}

	/**
	 * The same, counting matches no further than {@code cap} when it is given: a list page needs "more
	 * than 500", not the exact size of a clinic of 100,000.
	 */
	@StaffAccess
	public ClientPage search(ClientQuery query, Integer cap) {
		UUID clinicId = CurrentUser.clinicId();
		List<ClientSummary> items = repository.search(clinicId, query);
		// a first page that is not full holds every match: no count query at all
		boolean complete = query.offset() == 0 && items.size() < query.limit();
		return new ClientPage(items, complete ? items.size() : repository.count(clinicId, query, cap));
	}

	/** The client's details for the front desk (contact, GP, emergency contact). Audited. */
	@StaffAccess
	@Transactional
	public Client details(UUID id) {
		Client client = load(id);
		audit.record(AuditAction.VIEW, "client", id, id);
		return client;
	}

	/** The signed-in client's own details, for the portal. Audited as the client. */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public Client mine() {
		UUID id = CurrentUser.ownClientId();
		Client client = load(id);
		audit.record(AuditAction.VIEW, "client", id, id);
		return client;
	}

	/** The client for the clinical chart. Audited as a chart view. */
	@ClinicalAccess
	@Transactional
	public Client chart(UUID id) {
		Client client = load(id);
		audit.record(AuditAction.VIEW, "chart", id, id);
		return client;
	}

	/** True if the id is a client of the signed-in person's clinic; for other modules' checks. */
	@StaffAccess
	public boolean exists(UUID id) {
		UUID clinicId = CurrentUser.clinicId();
		if (KnownClients.contains(clinicId, id)) {
			return true;
		}
		boolean exists = repository.exists(clinicId, id);
		if (exists) {
			KnownClients.remember(clinicId, id);
		}
		return exists;
	}

	/**
	 * The full names of these clients of the signed-in person's clinic (others are left out), for lists
	 * such as a day's appointments. Names only: not audited as a record view.
	 */
	@StaffAccess
	public java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.Map.of() : repository.names(CurrentUser.clinicId(), ids);
	}

	/**
	 * The full names of these clients of a given clinic, for a therapist's private calendar feed, which is
	 * read with its secret URL and not by a signed-in person. Names only: not audited as a record view.
	 */
	public java.util.Map<UUID, String> namesInClinic(UUID clinicId, java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.Map.of() : repository.names(clinicId, ids);
	}

	/**
	 * Where to send a client of a given clinic a service message (an appointment reminder): their name
	 * and email, or empty when they have none or are archived. For jobs that run with nobody signed in.
	 */
	public java.util.Optional<ClientContact> contactInClinic(UUID clinicId, UUID clientId) {
		return repository.find(clinicId, clientId)
			.filter(c -> !c.archived() && c.email() != null && !c.email().isBlank())
			.map(c -> new ClientContact(c.preferredName() != null && !c.preferredName().isBlank() ? c.preferredName()
					: c.givenName(), c.email()));
	}

	/** Throws NotFoundException unless the id is a client of the signed-in person's clinic. */
	@StaffAccess
	public void requireExists(UUID id) {
		if (!exists(id)) {
			throw new NotFoundException("client");
		}
	}

	@StaffAccess
	public List<ClientSummary> possibleDuplicates(ClientForm form) {
		if (form.getGivenName() == null || form.getFamilyName() == null || form.getDateOfBirth() == null) {
			return List.of();
		}
		return repository.sameNameAndBirth(CurrentUser.clinicId(), form.getGivenName(), form.getFamilyName(),
				form.getDateOfBirth());
	}

	@StaffAccess
	@Transactional
	public Client create(ClientForm form) {
		UUID clinicId = CurrentUser.clinicId();
		requireOwnTherapist(form);
		Instant now = clock.instant();
		Client client = toClient(UUID.randomUUID(), clinicId, form, null, 0, now);
		repository.insert(client, CurrentUser.get().accountId(), now);
		audit.record(AuditAction.CREATE, "client", client.id(), client.id());
		return client;
	}

	/** Creates a client in a given clinic; for the demo seeder, which runs before anyone signs in. */
	@Transactional
	public Client createInClinic(UUID clinicId, ClientForm form, Instant createdAt) {
		Client client = toClient(UUID.randomUUID(), clinicId, form, null, 0, createdAt);
		repository.insert(client, null, createdAt);
		return client;
	}

	/** Adds many clients in one go; for the demo's large-clinic mode. */
	@Transactional
	public void importInClinic(UUID clinicId, List<ClientForm> forms, Instant createdAt) {
		List<Client> batch = forms.stream().map(f -> toClient(UUID.randomUUID(), clinicId, f, null, 0, createdAt)).toList();
		repository.insertAll(batch, createdAt);
	}

	@StaffAccess
	@Transactional
	public Client update(UUID id, ClientForm form) {
		Client existing = load(id);
		requireOwnTherapist(form);
		Instant now = clock.instant();
		int basis = form.getVersion() == null ? existing.version() : form.getVersion();
		Client changed = toClient(id, existing.clinicId(), form, existing, basis, now);
		if (!repository.update(changed, CurrentUser.get().accountId(), now)) {
			throw new ConflictException("client.changedMeanwhile");
		}
		audit.record(AuditAction.UPDATE, "client", id, id);
		return load(id);
	}

	@StaffAccess
	@Transactional
	public void archive(UUID id, String reason) {
		load(id);
		if (reason != null && reason.strip().length() > 300) {
			throw new InvalidFieldException("reason", "field.tooLong");
		}
		repository.setArchived(CurrentUser.clinicId(), id, true, reason == null ? null : reason.strip(),
				CurrentUser.get().accountId(), clock.instant());
		audit.record(AuditAction.ARCHIVE, "client", id, id);
	}

	@StaffAccess
	@Transactional
	public void restore(UUID id) {
		load(id);
		repository.setArchived(CurrentUser.clinicId(), id, false, null, CurrentUser.get().accountId(), clock.instant());
		audit.record(AuditAction.RESTORE, "client", id, id);
	}

	/** A client's therapist must work at the same clinic: an id from elsewhere is bad input. */
	private void requireOwnTherapist(ClientForm form) {
		if (form.getTherapistId() != null && accounts.staff().stream()
			.noneMatch(member -> member.id().equals(form.getTherapistId()) && member.enabled()
					&& member.role().seesClinicalRecords())) {
			throw new InvalidFieldException("therapistId", "is not an active therapist of this clinic");
		}
	}

	private Client load(UUID id) {
		UUID clinicId = CurrentUser.clinicId();
		Client client = repository.find(clinicId, id).orElseThrow(() -> new NotFoundException("client"));
		KnownClients.remember(clinicId, id);
		return client;
	}

	private Client toClient(UUID id, UUID clinicId, ClientForm f, Client existing, int version, Instant now) {
		boolean alreadyAcknowledged = existing != null && existing.privacyNoticeAcknowledgedAt() != null;
		boolean acknowledged = f.getPrivacyNoticeAcknowledged() == null ? alreadyAcknowledged
				: f.getPrivacyNoticeAcknowledged();
		String noticeVersion = acknowledged
				? (alreadyAcknowledged ? existing.privacyNoticeVersion() : privacyNoticeVersion) : null;
		Instant acknowledgedAt = acknowledged ? (alreadyAcknowledged ? existing.privacyNoticeAcknowledgedAt() : now) : null;
		return new Client(id, clinicId, f.getGivenName().strip(), f.getFamilyName().strip(), blank(f.getPreferredName()),
				f.getDateOfBirth(), blank(f.getEmail()), blank(f.getPhone()), blank(f.getAddressLine()), blank(f.getTown()),
				blank(f.getPostcode()), blank(f.getEmergencyContactName()), blank(f.getEmergencyContactPhone()),
				blank(f.getGpName()), blank(f.getGpPractice()), blank(f.getOccupation()), f.getTherapistId(),
				noticeVersion, acknowledgedAt, existing != null && existing.archived(),
				existing == null ? null : existing.archivedAt(), existing == null ? null : existing.archivedReason(),
				version);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
