package app.quadratus.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.treatment.internal.PlanRepository;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.web.PlanWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's own plans, for the portal: in plain words, with their earlier versions, and
 * agreeing the latest one (method "portal", the typed name). Only their own plans: another client's
 * plan id is "not found". Every view and agreement is audited as the client.
 */
@Service
public class ClientPlans {

	private static final int MAX_NAME = 200;

	private final PlanRepository repository;

	private final TreatmentPlans plans;

	private final PlanWords words;

	private final AuditLog audit;

	ClientPlans(PlanRepository repository, TreatmentPlans plans, PlanWords words, AuditLog audit) {
		this.repository = repository;
		this.plans = plans;
		this.words = words;
		this.audit = audit;
	}

	/** The client's plans (latest version of each, newest plan first), with every version in words. */
	@ClientSelfAccess
	@Transactional
	public List<ClientPlan> mine() {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		return repository.planIds(clinicId, clientId).stream().map(planId -> {
			List<PlanVersion> versions = repository.versions(clinicId, planId);
			audit.record(AuditAction.VIEW, TreatmentPlans.AUDIT_TYPE, planId, clientId);
			List<VersionInWords> newestFirst = new java.util.ArrayList<>(versions.stream().map(this::inWords).toList());
			java.util.Collections.reverse(newestFirst);
			return new ClientPlan(planId, List.copyOf(newestFirst));
		}).toList();
	}

	/**
	 * The client agrees the latest version, typing their name.
	 *
	 * @throws NotFoundException for a plan that is not the client's own
	 * @throws ConflictException when the version is no longer the latest
	 */
	@ClientSelfAccess
	@Transactional
	public void agree(UUID planId, int version, String typedName) {
		String name = typedName == null ? "" : typedName.strip();
		if (name.isEmpty()) {
			throw new InvalidFieldException("typedName", "agreement.name.required");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidFieldException("typedName", "agreement.name.tooLong");
		}
		plans.agreeInPortal(planId, version, name);
	}

	/**
	 * The goals of the shared client's newest plan (its latest version, in the client's words), for a
	 * care-team member looking through a live share that includes goals; empty without a plan. Audited
	 * as the partner. Problems, techniques and notes stay in the clinic.
	 */
	@app.quadratus.shared.security.CareTeamAccess
	@Transactional
	public java.util.Optional<SharedGoals> sharedGoals() {
		var view = app.quadratus.shared.security.CareTeamView
			.require(app.quadratus.shared.security.SharedPart.GOALS);
		return repository.planIds(view.clinicId(), view.clientId()).stream().findFirst().map(planId -> {
			List<PlanVersion> versions = repository.versions(view.clinicId(), planId);
			PlanVersion latest = versions.get(versions.size() - 1);
			audit.record(AuditAction.VIEW, TreatmentPlans.AUDIT_TYPE, planId, view.clientId());
			VersionInWords words = inWords(latest);
			return new SharedGoals(words.goals(), words.phases(), words.reviewOn(), words.agreed());
		});
	}

	/**
	 * The same goals, for a letter the clinic writes to the care team (handover, GP): clinical staff, a
	 * client of their clinic. Audited as a print of the plan.
	 */
	@app.quadratus.shared.security.ClinicalAccess
	@Transactional
	public java.util.Optional<SharedGoals> goalsForLetter(UUID clientId) {
		UUID clinicId = CurrentUser.clinicId();
		return repository.planIds(clinicId, clientId).stream().findFirst().map(planId -> {
			List<PlanVersion> versions = repository.versions(clinicId, planId);
			audit.record(AuditAction.PRINT, TreatmentPlans.AUDIT_TYPE, planId, clientId);
			VersionInWords words = inWords(versions.get(versions.size() - 1));
			return new SharedGoals(words.goals(), words.phases(), words.reviewOn(), words.agreed());
		});
	}

	/** What a care-team member sees of a plan: its goals and phases, the review date, whether agreed. */
	public record SharedGoals(List<String> goals, List<String> phases, LocalDate reviewOn, boolean agreed) {
	}

	private VersionInWords inWords(PlanVersion v) {
		var content = v.content();
		return new VersionInWords(v.version(), v.signedAt(), content.problems(),
				content.goals().stream().map(words::goal).toList(),
				content.phases().stream().map(words::phase).toList(),
				content.techniques().stream().map(t -> t.label()).toList(), content.reviewOn(),
				v.agreement() == null ? null : v.agreement().agreedAt(),
				v.agreement() == null ? null : v.agreement().agreedBy(),
				v.agreement() == null ? null : v.agreement().method().label());
	}

	/** One plan: its versions newest first (the first is the one to agree). */
	public record ClientPlan(UUID planId, List<VersionInWords> versions) {

		public VersionInWords latest() {
			return versions.get(0);
		}

		public List<VersionInWords> earlier() {
			return versions.subList(1, versions.size());
		}
	}

	/** A version in the client's words; agreedAt is null while they have not agreed it. */
	public record VersionInWords(int version, Instant writtenAt, List<String> problems, List<String> goals,
			List<String> phases, List<String> techniques, LocalDate reviewOn, Instant agreedAt, String agreedBy,
			String agreedHow) {

		public boolean agreed() {
			return agreedAt != null;
		}
	}
}
