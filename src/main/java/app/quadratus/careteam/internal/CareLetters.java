package app.quadratus.careteam.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.documents.PdfRenderer;
import app.quadratus.homework.Exercise;
import app.quadratus.homework.Exercises;
import app.quadratus.homework.HomeProgramme;
import app.quadratus.homework.HomeProgrammes;
import app.quadratus.intake.AssessmentConclusion;
import app.quadratus.outcomes.OutcomeProgress;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.treatment.ClientPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Letters to the care team, as PDF: a handover to a Pilates instructor or physiotherapist (goals,
 * precautions, the programme) and a letter to the GP (the assessment's conclusion, the plan, progress),
 * which needs the client's consent recorded with it. Each letter is a row on the timeline and a print in
 * the audit log. No SOAP note goes into either.
 */
@Service
class CareLetters {

	enum Kind {
		HANDOVER, GP
	}

	/** A letter written, for the timeline. */
	record Letter(UUID id, Kind kind, String recipient, Instant writtenAt) {
	}

	private final ClientRecords clients;

	private final ClientPlans plans;

	private final HomeProgrammes programmes;

	private final Exercises exercises;

	private final OutcomeProgress progress;

	private final Clinics clinics;

	private final ITemplateEngine templates;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CareLetters(ClientRecords clients, ClientPlans plans, HomeProgrammes programmes, Exercises exercises,
			OutcomeProgress progress, Clinics clinics, ITemplateEngine templates, JdbcClient jdbc, AuditLog audit,
			Clock clock) {
		this.clients = clients;
		this.plans = plans;
		this.programmes = programmes;
		this.exercises = exercises;
		this.progress = progress;
		this.clinics = clinics;
		this.templates = templates;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@ClinicalAccess
	@Transactional
	public byte[] write(UUID clientId, Kind kind, String recipient, boolean clientConsented) {
		var client = clients.chart(clientId);
		String to = recipient == null ? "" : recipient.strip();
		if (to.isEmpty() || to.length() > 200) {
			throw new InvalidFieldException("recipient", "careteam.letter.recipient.required");
		}
		if (kind == Kind.GP && !clientConsented) {
			throw new InvalidFieldException("consent", "careteam.letter.consent.required");
		}
		UUID clinicId = CurrentUser.clinicId();
		LocalDate today = LocalDate.now(clock.withZone(clinics.zoneOf(clinicId)));
		Context context = new Context(Locale.UK);
		context.setVariable("kind", kind.name());
		context.setVariable("client", client);
		context.setVariable("recipient", to);
		context.setVariable("clinic", clinics.find(clinicId).name());
		context.setVariable("author", CurrentUser.get().displayName());
		context.setVariable("today", today);
		context.setVariable("goals", plans.goalsForLetter(clientId).orElse(null));
		AssessmentConclusion conclusion = programmes.latestConclusion(clientId).orElse(null);
		context.setVariable("pattern", conclusion == null ? null : conclusion.pattern());
		context.setVariable("programme", programme(clientId, today));
		context.setVariable("measures", kind == Kind.GP ? progress.forReport(clientId) : List.of());
		byte[] pdf = PdfRenderer.render(templates.process("careteam/letter-pdf", context));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into care_letter (id, clinic_id, client_id, kind, recipient, client_consented, written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, clinicId, clientId, kind.name(), to, clientConsented, CurrentUser.get().accountId(),
					SqlTime.of(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
			.update();
		audit.record(AuditAction.PRINT, "care-letter", id, clientId);
		return pdf;
	}

	/** The client's letters in the signed-in person's clinic before a moment, newest first. */
	List<Letter> before(UUID clientId, Instant before, int limit) {
		return jdbc.sql("""
				select id, kind, recipient, written_at from care_letter
				where clinic_id = ? and client_id = ? and written_at < ? order by written_at desc limit ?""")
			.params(CurrentUser.clinicId(), clientId, SqlTime.of(before), limit)
			.query((rs, n) -> new Letter(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The programmes running today, each exercise with its dose, for the letter. */
	private List<LetterExercise> programme(UUID clientId, LocalDate today) {
		List<LetterExercise> items = new ArrayList<>();
		for (HomeProgramme p : programmes.recent(clientId)) {
			if (!p.runsOn(today)) {
				continue;
			}
			p.exercises().forEach(e -> exercises.find(e.exerciseId())
				.ifPresent(x -> items.add(new LetterExercise(x, e.dose()))));
		}
		return items;
	}

	record LetterExercise(Exercise exercise, app.quadratus.homework.Dose dose) {
	}

	static Set<String> kinds() {
		return Set.of(Kind.HANDOVER.name(), Kind.GP.name());
	}
}
