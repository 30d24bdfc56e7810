package app.quadratus.scheduling;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import app.quadratus.clinic.Clinics;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Scheduling section of the core API contract (shared/contracts/core-api.md). Staff only, checked
 * here as well as on the services so a client account is refused before its parameters are read.
 */
@RestController
@StaffAccess
@RequestMapping("/api/v1")
class SchedulingApiController {

	private final Schedule schedule;

	private final Availability availability;

	private final Appointments appointments;

	private final Clinics clinics;

	SchedulingApiController(Schedule schedule, Availability availability, Appointments appointments, Clinics clinics) {
		this.schedule = schedule;
		this.availability = availability;
		this.appointments = appointments;
		this.clinics = clinics;
	}

	@GetMapping("/therapists")
	Map<String, Object> therapists() {
		return Map.of("items", schedule.therapists().stream().map(t -> Map.of("id", t.id(), "name", t.name())).toList());
	}

	@GetMapping("/rooms")
	Map<String, Object> rooms() {
		return Map.of("items", schedule.rooms().stream()
			.map(r -> Map.of("id", r.id(), "name", r.name(), "hireable", r.hireable())).toList());
	}

	@GetMapping("/appointment-types")
	Map<String, Object> types() {
		return Map.of("items", schedule.types().stream()
			.map(t -> Map.of("id", t.id(), "name", t.name(), "durationMinutes", t.durationMinutes(), "bufferMinutes",
					t.bufferMinutes()))
			.toList());
	}

	/** Parameters are read as text so that a malformed one is a 422 naming it, like any bad input. */
	@GetMapping("/availability")
	Map<String, Object> availability(@RequestParam(required = false) String therapistId,
			@RequestParam(required = false) String typeId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		List<FieldProblem> problems = new ArrayList<>();
		UUID therapist = parse("therapistId", therapistId, UUID::fromString, problems);
		UUID type = parse("typeId", typeId, UUID::fromString, problems);
		LocalDate first = parse("from", from, LocalDate::parse, problems);
		LocalDate last = parse("to", to, LocalDate::parse, problems);
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		ZoneId zone = zone();
		return Map.of("slots", availability.freeSlots(therapist, type, first, last).stream()
			.map(s -> Map.of("start", AppointmentJson.time(s.start(), zone), "end", AppointmentJson.time(s.end(), zone),
					"roomId", s.roomId()))
			.toList());
	}

	@PostMapping("/appointments")
	ResponseEntity<AppointmentJson> book(@Valid @RequestBody NewAppointment request) {
		Appointment booked = appointments.book(request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(booked.id()).toUri();
		return ResponseEntity.created(location).body(AppointmentJson.of(booked, zone()));
	}

	@GetMapping("/appointments/{id}")
	AppointmentJson get(@PathVariable UUID id) {
		return AppointmentJson.of(appointments.find(id), zone());
	}

	/** Cancels: the appointment is kept with status "cancelled" and its time is freed. */
	@DeleteMapping("/appointments/{id}")
	AppointmentJson cancel(@PathVariable UUID id, @RequestParam(required = false) String reason) {
		return AppointmentJson.of(appointments.cancel(id, reason), zone());
	}

	private ZoneId zone() {
		return clinics.zoneOf(CurrentUser.clinicId());
	}

	private static <T> T parse(String field, String value, Function<String, T> parser, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		try {
			return parser.apply(value.trim());
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			problems.add(new FieldProblem(field, "is not a valid value"));
			return null;
		}
	}
}
