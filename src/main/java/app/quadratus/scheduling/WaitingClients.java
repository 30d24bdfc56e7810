package app.quadratus.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.stereotype.Service;

/**
 * The waitlist as staff see it: who waits for which day, type and therapist (or anyone), so the desk
 * can ring them when a time frees up. Names and days only, nothing clinical, so not a record view.
 */
@Service
public class WaitingClients {

	/** The today page lists this many; a longer waitlist is unusual in a small clinic. */
	static final int SHOWN = 20;

	private final OnlineBookingRepository repository;

	private final Schedule schedule;

	private final ClientRecords clients;

	private final Diary diary;

	private final Clock clock;

	WaitingClients(OnlineBookingRepository repository, Schedule schedule, ClientRecords clients, Diary diary, Clock clock) {
		this.repository = repository;
		this.schedule = schedule;
		this.clients = clients;
		this.diary = diary;
		this.clock = clock;
	}

	/** @param therapistName null when the client takes anyone */
	public record Waiting(LocalDate day, UUID clientId, String clientName, String typeName, String therapistName) {
	}

	/** Those still waiting for today or a later day, soonest first. */
	@StaffAccess
	public List<Waiting> fromToday() {
		UUID clinicId = CurrentUser.clinicId();
		LocalDate today = LocalDate.now(clock.withZone(diary.zone()));
		List<OnlineBookingRepository.WaitingEntry> entries = repository.waitingFrom(clinicId, today, SHOWN);
		if (entries.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> names = clients.namesOf(entries.stream().map(OnlineBookingRepository.WaitingEntry::clientId).toList());
		Map<UUID, String> types = schedule.types().stream()
			.collect(Collectors.toMap(AppointmentType::id, AppointmentType::name, (a, b) -> a));
		Map<UUID, String> therapists = schedule.therapists().stream()
			.collect(Collectors.toMap(Therapist::id, Therapist::name, (a, b) -> a));
		return entries.stream().map(e -> new Waiting(e.day(), e.clientId(),
				Objects.requireNonNullElse(names.get(e.clientId()), "—"), Objects.requireNonNullElse(types.get(e.typeId()), "—"),
				e.therapistId() == null ? null : Objects.requireNonNullElse(therapists.get(e.therapistId()), "—")))
			.toList();
	}
}
