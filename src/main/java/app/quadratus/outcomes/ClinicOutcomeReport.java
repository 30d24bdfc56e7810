package app.quadratus.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.clinic.Clinics;
import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.identity.Accounts;
import app.quadratus.identity.StaffMember;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the owner: per measure and per therapist, the share of clients whose latest follow-up in a
 * period is a clinically important improvement on their baseline. Counts only, no client appears.
 */
@Service
public class ClinicOutcomeReport {

	/** One line of the report. @param therapistName null for the line of all therapists together */
	public record Line(String therapistName, long clients, long improved) {

		/** Whole percent, rounded half up; 0 when nobody was counted. */
		public int percent() {
			return clients == 0 ? 0 : (int) Math.round(improved * 100.0 / clients);
		}
	}

	public record MeasureLines(Instrument instrument, Line all, List<Line> byTherapist) {
	}

	private final ClinicReportRepository repository;

	private final InstrumentCatalogue catalogue;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final Clinics clinics;

	ClinicOutcomeReport(ClinicReportRepository repository, InstrumentCatalogue catalogue, Accounts accounts,
			AuditLog audit, Clock clock, Clinics clinics) {
		this.clinics = clinics;
		this.repository = repository;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(clinics.zoneOf(CurrentUser.clinicId())));
	}

	/** @param from first day, @param to last day (both inclusive, in the clinic's own days) */
	@OwnerAccess
	@Transactional
	public List<MeasureLines> report(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidFieldException("to", "outcomes.report.order");
		}
		Map<UUID, String> names = accounts.staff().stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
		var tallies = repository.tallies(CurrentUser.clinicId(), from.atStartOfDay(clinics.zoneOf(CurrentUser.clinicId())).toInstant(),
				to.plusDays(1).atStartOfDay(clinics.zoneOf(CurrentUser.clinicId())).toInstant());
		audit.record(AuditAction.VIEW, "outcome-clinic-report", from + ".." + to, null);
		List<MeasureLines> result = new ArrayList<>();
		for (OutcomeMeasure measure : OutcomeMeasure.values()) {
			List<ClinicReportRepository.Tally> own = tallies.stream().filter(t -> t.measure() == measure).toList();
			if (own.isEmpty()) {
				continue;
			}
			List<Line> lines = own.stream()
				.map(t -> new Line(t.therapistId() == null ? "—" : names.getOrDefault(t.therapistId(), "—"), t.clients(),
						t.improved()))
				.sorted(Comparator.comparing(Line::therapistName))
				.toList();
			Line all = new Line(null, lines.stream().mapToLong(Line::clients).sum(),
					lines.stream().mapToLong(Line::improved).sum());
			result.add(new MeasureLines(catalogue.instrument(measure), all, lines));
		}
		return result;
	}
}
