package app.quadratus.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.signed.SignedVersions;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.treatment.internal.AgreementMethod;
import app.quadratus.treatment.internal.PlanAgreement;
import app.quadratus.treatment.internal.PlanContent;
import app.quadratus.treatment.internal.PlanRepository;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.internal.TreatmentPlan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment plans for the API and the pages: write one, revise it (a new version), let the client agree
 * a version, open any version. Within the signed-in person's clinic (another clinic's plan is "not
 * found"); every view and change is audited.
 */
@Service
public class TreatmentPlans {

	static final String AUDIT_TYPE = "treatment-plan";

	private final PlanRepository repository;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TreatmentPlans(PlanRepository repository, ClientRecords clients, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.clients = clients;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Which of these clients have a plan review due by the given day (their plan's newest version says
	 * so): for the therapist's day list, one query for the whole day, never one per client.
	 */
	@ClinicalAccess
	@Transactional
	public java.util.Set<UUID> reviewsDue(java.util.Collection<UUID> clientIds, java.time.LocalDate by) {
		java.util.Set<UUID> due = repository.reviewDue(CurrentUser.clinicId(), clientIds, by);
		// Showing the flag is a view of that client's plan: one entry per flagged client, as outcomes and homework do.
		due.forEach(client -> audit.record(AuditAction.VIEW, "plan-review-due", client, client));
		return due;
	}

	/** Version 1 of a new plan, awaiting the client's agreement. */
	@ClinicalAccess
	@Transactional
	public PlanVersion create(UUID clientId, PlanContent content) {
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		UUID planId = UUID.randomUUID();
		Instant now = now();
		PlanVersion version = TreatmentPlan.draft(planId, clientId, content, CurrentUser.get().accountId(), now);
		repository.insertPlan(clinicId, planId, clientId, CurrentUser.get().accountId(), now);
		repository.insertVersion(clinicId, version);
		audit.record(AuditAction.CREATE, AUDIT_TYPE, planId, clientId);
		return version;
	}

	/** @throws NotFoundException unless the plan is one of the signed-in person's clinic */
	@ClinicalAccess
	public void requireExists(UUID planId) {
		repository.clientOf(CurrentUser.clinicId(), planId).orElseThrow(() -> new NotFoundException("plan"));
	}

	/** The latest version, or version {@code number} when given. Audited as a view. */
	@ClinicalAccess
	@Transactional
	public PlanVersion open(UUID planId, Integer number) {
		List<PlanVersion> versions = versions(planId);
		PlanVersion version = number == null ? versions.get(versions.size() - 1)
				: versions.stream().filter(v -> v.version() == number).findFirst()
					.orElseThrow(() -> new NotFoundException("plan version"));
		audit.record(AuditAction.VIEW, AUDIT_TYPE, planId, version.clientId());
		return version;
	}

	/** Every version of the plan, oldest first, for a page that shows its history. Audited as a view. */
	@ClinicalAccess
	@Transactional
	public List<PlanVersion> history(UUID planId) {
		List<PlanVersion> versions = versions(planId);
		audit.record(AuditAction.VIEW, AUDIT_TYPE, planId, versions.get(0).clientId());
		return versions;
	}

	/** The latest version of each of the client's plans, newest plan first. */
	@ClinicalAccess
	@Transactional
	public List<PlanVersion> ofClient(UUID clientId) {
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		return repository.latestVersions(clinicId, clientId);
	}

	/**
	 * Version n+1, awaiting agreement again.
	 *
	 * @throws ConflictException when {@code basedOnVersion} is not the latest, or another revision of it
	 * is saved at the same moment
	 */
	@ClinicalAccess
	@Transactional
	public PlanVersion revise(UUID planId, int basedOnVersion, PlanContent content) {
		TreatmentPlan plan = lockedPlan(planId);
		PlanVersion version = plan.revise(basedOnVersion, content, CurrentUser.get().accountId(), now());
		SignedVersions.insert(() -> repository.insertVersion(CurrentUser.clinicId(), version), "plan.stale");
		audit.record(AuditAction.AMEND, AUDIT_TYPE, planId, plan.clientId());
		return version;
	}

	/**
	 * Records the client's agreement to the latest version and publishes {@link PlanAgreed}.
	 *
	 * @throws ConflictException for a version that is not the latest
	 */
	@ClinicalAccess
	@Transactional
	public PlanVersion agree(UUID planId, int version, String agreedBy, AgreementMethod method) {
		return agreeAs(planId, version, agreedBy, method);
	}

	/**
	 * The client agrees in the portal (method "portal"): {@link #agree} for a client account, on their own
	 * plan only (another client's plan is "not found").
	 */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public PlanVersion agreeInPortal(UUID planId, int version, String typedName) {
		repository.clientOf(CurrentUser.clinicId(), planId)
			.filter(CurrentUser.ownClientId()::equals)
			.orElseThrow(() -> new NotFoundException("plan"));
		return agreeAs(planId, version, typedName, AgreementMethod.PORTAL);
	}

	private PlanVersion agreeAs(UUID planId, int version, String agreedBy, AgreementMethod method) {
		TreatmentPlan plan = lockedPlan(planId);
		PlanAgreement agreement = plan.agree(version, agreedBy, method, CurrentUser.get().accountId(), now());
		if (plan.latest().agreement() == null) {
			UUID clinicId = CurrentUser.clinicId();
			repository.insertAgreement(clinicId, agreement);
			audit.record(AuditAction.SIGN, AUDIT_TYPE, planId, plan.clientId());
			events.publishEvent(new PlanAgreed(clinicId, plan.clientId(), planId, version,
					plan.latest().content().reviewOn(), agreement.agreedAt()));
		}
		return plan.latest().withAgreement(agreement);
	}

	/**
	 * For the demo seeder, which runs before anyone signs in: a plan written (and, with a name, agreed)
	 * in the past. Its version 1, with the goal ids sessions refer to.
	 */
	@Transactional
	PlanVersion seedInClinic(UUID clinicId, UUID clientId, UUID therapistId, PlanContent content, Instant at,
			String agreedBy) {
		UUID planId = UUID.randomUUID();
		PlanVersion version = TreatmentPlan.draft(planId, clientId, content, therapistId, at);
		repository.insertPlan(clinicId, planId, clientId, therapistId, at);
		repository.insertVersion(clinicId, version);
		if (agreedBy != null) {
			repository.insertAgreement(clinicId, new PlanAgreement(planId, 1, agreedBy, AgreementMethod.IN_CLINIC,
					at.plus(10, ChronoUnit.MINUTES), therapistId));
			events.publishEvent(new PlanAgreed(clinicId, clientId, planId, 1, content.reviewOn(),
					at.plus(10, ChronoUnit.MINUTES)));
		}
		return version;
	}

	/**
	 * The latest version for the client holding the clinic's tablet (a kiosk hand-over): the same as
	 * {@link #open} with the version left out, open to a handed-over session as well as to clinicians.
	 */
	@app.quadratus.shared.security.TabletAccess
	@Transactional
	public PlanVersion openForAgreement(UUID planId) {
		return open(planId, null);
	}

	/** The client agrees on the clinic's tablet, typing their name: {@link #agree} in clinic, from a kiosk too. */
	@app.quadratus.shared.security.TabletAccess
	@Transactional
	public PlanVersion agreeOnTablet(UUID planId, int version, String typedName) {
		return agree(planId, version, typedName, AgreementMethod.IN_CLINIC);
	}

	private List<PlanVersion> versions(UUID planId) {
		List<PlanVersion> versions = repository.versions(CurrentUser.clinicId(), planId);
		if (versions.isEmpty()) {
			throw new NotFoundException("plan");
		}
		return versions;
	}

	private TreatmentPlan lockedPlan(UUID planId) {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = repository.lock(clinicId, planId).orElseThrow(() -> new NotFoundException("plan"));
		List<PlanVersion> versions = repository.versions(clinicId, planId);
		return new TreatmentPlan(planId, clientId, versions.get(versions.size() - 1));
	}

	private Instant now() {
		// Milliseconds, so what is read back equals what was written on both databases.
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
