package app.quadratus.treatment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.documents.PdfRenderer;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.treatment.SessionRecord;
import app.quadratus.treatment.TreatmentPlans;
import app.quadratus.treatment.TreatmentSessions;
import app.quadratus.treatment.internal.PlanVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printed plan (in the client's words, to take home) and the session summary, rendered from
 * Thymeleaf templates so the words match the screen. Printing is audited as a print of the record.
 */
@Service
public class TreatmentPdfs {

	private final TreatmentPlans plans;

	private final TreatmentSessions sessions;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final AuditLog audit;

	private final ITemplateEngine templates;

	private final PlanWords words;

	private final Clock clock;

	TreatmentPdfs(TreatmentPlans plans, TreatmentSessions sessions, ClientRecords clients, Clinics clinics,
			AuditLog audit, ITemplateEngine templates, PlanWords words, Clock clock) {
		this.plans = plans;
		this.sessions = sessions;
		this.clients = clients;
		this.clinics = clinics;
		this.audit = audit;
		this.templates = templates;
		this.words = words;
		this.clock = clock;
	}

	@ClinicalAccess
	@Transactional
	public byte[] plan(UUID clientId, UUID planId, Integer version) {
		PlanVersion plan = PlanPageController.ofClient(clientId, plans.open(planId, version));
		audit.record(AuditAction.PRINT, "treatment-plan", planId, clientId);
		Context context = context(clientId);
		context.setVariable("plan", plan);
		return PdfRenderer.render(templates.process("treatment/pdf/plan", context));
	}

	@ClinicalAccess
	@Transactional
	public byte[] session(UUID clientId, UUID sessionId) {
		SessionRecord record = SessionPageController.ofClient(clientId, sessions.open(sessionId));
		audit.record(AuditAction.PRINT, "treatment-session", sessionId, clientId);
		Context context = context(clientId);
		context.setVariable("record", record);
		context.setVariable("s", record.session());
		return PdfRenderer.render(templates.process("treatment/pdf/session", context));
	}

	private Context context(UUID clientId) {
		Client client = clients.details(clientId);
		ZoneId zone = clinics.zoneOf(CurrentUser.clinicId());
		Context context = new Context(Locale.UK);
		context.setVariable("client", client);
		context.setVariable("zone", zone);
		context.setVariable("today", LocalDate.now(clock.withZone(zone)));
		context.setVariable("words", words);
		return context;
	}
}
