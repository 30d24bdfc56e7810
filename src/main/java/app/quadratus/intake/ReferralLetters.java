package app.quadratus.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.atlas.Atlas;
import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.documents.PdfRenderer;
import app.quadratus.identity.Accounts;
import app.quadratus.screening.Answer;
import app.quadratus.screening.Urgency;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The referral letter for an assessment whose screening recommends a referral: to the emergency
 * department for an emergency, otherwise to the client's GP, with the urgency, the reasons and the
 * findings. Printing it is audited.
 */
@Service
public class ReferralLetters {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);


	/** Findings that support treatment choices rather than explain a referral. */
	private static final List<String> NOT_REASONS = List.of("referral-map-match", "treat-within-exercise-package");

	private final Assessments assessments;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final Accounts accounts;

	private final Atlas atlas;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final AuditLog audit;

	ReferralLetters(Assessments assessments, ClientRecords clients, Clinics clinics, Accounts accounts, Atlas atlas,
			ITemplateEngine templates, MessageSource messages, AuditLog audit) {
		this.assessments = assessments;
		this.clients = clients;
		this.clinics = clinics;
		this.accounts = accounts;
		this.atlas = atlas;
		this.templates = templates;
		this.messages = messages;
		this.audit = audit;
	}

	/** The letter for one version (the latest when null); "not found" when it needs no referral. */
	@ClinicalAccess
	@Transactional
	public byte[] pdf(UUID clientId, UUID assessmentId, Integer version) {
		AssessmentVersion shown = assessments.load(clientId, assessmentId).version(version);
		if (!shown.screening().referral()) {
			throw new NotFoundException("referral letter");
		}
		Client client = clients.chart(clientId);
		byte[] pdf = PdfRenderer.render(templates.process("intake/referral-letter", context(client, shown)));
		audit.record(AuditAction.PRINT, "referral-letter", assessmentId, clientId);
		return pdf;
	}

	private Context context(Client client, AssessmentVersion shown) {
		ScreeningSnapshot s = shown.screening();
		AssessmentFindings f = shown.findings();
		Map<String, Object> vars = new HashMap<>();
		vars.put("clinic", clinics.current());
		vars.put("client", client);
		vars.put("born", DAY.format(client.dateOfBirth()));
		vars.put("address", join(client.addressLine(), client.town(), client.postcode()));
		vars.put("gp", join(client.gpName(), client.gpPractice()));
		ZoneId zone = clinics.zoneOf(CurrentUser.clinicId());
		vars.put("today", DAY.format(LocalDate.now(zone)));
		vars.put("assessed", DAY.format(shown.assessedAt().atZone(zone)));
		vars.put("emergency", s.urgency() == Urgency.EMERGENCY_REFERRAL);
		vars.put("urgent", s.urgency() == Urgency.URGENT_REFERRAL);
		vars.put("urgencyText", text(message("assessment.urgency." + s.urgency().name())));
		vars.put("pattern", message("assessment.pattern." + s.pattern().name()));
		vars.put("reasons", s.findings().stream().filter(finding -> !NOT_REASONS.contains(finding.code()))
			.map(finding -> new Reason(text(finding.text()), text(String.join("; ", finding.sources())))).toList());
		vars.put("redFlags", orNone(f.redFlags().entrySet().stream().filter(e -> e.getValue() == Answer.YES)
			.map(e -> message("assessment.redFlag." + e.getKey().id())).collect(Collectors.joining(" "))));
		vars.put("pain", orNone(f.pain().stream().map(p -> atlas.region(p.region()).map(r -> r.label()).orElse(p.region())
				+ (p.side() == null ? "" : " (" + message("assessment.side." + p.side().name()).toLowerCase() + ")")
				+ " " + p.intensity() + "/10").collect(Collectors.joining("; "))));
		vars.put("tests", orNone(f.tests().entrySet().stream().map(e -> message("assessment.test." + e.getKey().id())
				+ ": " + message("assessment.result." + e.getValue().result().name()).toLowerCase()
				+ (e.getValue().side() == null ? "" : " (" + message("assessment.side." + e.getValue().side().name()).toLowerCase() + ")"))
			.collect(Collectors.joining("; "))));
		String author = shown.createdBy() == null ? null : accounts.nameOf(shown.createdBy());
		vars.put("therapist", author != null ? author : CurrentUser.get().displayName());
		return new Context(Locale.UK, vars);
	}

	public record Reason(String text, String sources) {
	}

	/** The PDF's built-in fonts lack a few signs the rules use; spell them out rather than print '#'. */
	static String text(String value) {
		return value.replace("≥", ">=").replace("≤", "<=").replace("→", "->").replace("µ", "micro");
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}

	private String orNone(String value) {
		return value.isBlank() ? "–" : value;
	}

	private static String join(String... parts) {
		String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
			.collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}
}
