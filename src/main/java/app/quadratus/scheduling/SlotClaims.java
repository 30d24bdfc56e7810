package app.quadratus.scheduling;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims the 5-minute slots an appointment covers for its therapist, its client and its room (the room
 * up to the end of its turnover buffer). The primary key of slot_claim refuses a second claim of a
 * slot, so the database, not the application, decides which of two overlapping bookings wins, on H2
 * and PostgreSQL, however many app instances run. Must be called inside the booking's transaction.
 */
@Component
class SlotClaims {

	static final int SLOT_MINUTES = 5;

	private static final String INSERT = "insert into slot_claim (clinic_id, resource_kind, resource_id, slot_start, booking_id) values (?, ?, ?, ?, ?)";

	private final JdbcTemplate batch;

	private final JdbcClient jdbc;

	SlotClaims(JdbcTemplate batch, JdbcClient jdbc) {
		this.batch = batch;
		this.jdbc = jdbc;
	}

	/** Claims each resource in turn, so a refusal names what was already taken. */
	void claim(Appointment a) {
		for (ClaimedResource resource : ClaimedResource.values()) {
			List<Object[]> rows = rows(a, resource);
			try {
				batch.batchUpdate(INSERT, rows);
			}
			catch (DataIntegrityViolationException e) {
				throw new BookingConflict(resource);
			}
			catch (ConcurrencyFailureException e) {
				// A lock wait or deadlock with a concurrent booking of the same time: it is the other's.
				throw new BookingConflict();
			}
		}
	}

	/** For seeding many appointments at once: one batch, no conflict translation. */
	void claimAll(List<Appointment> appointments) {
		List<Object[]> rows = new ArrayList<>();
		for (Appointment a : appointments) {
			for (ClaimedResource resource : ClaimedResource.values()) {
				rows.addAll(rows(a, resource));
			}
		}
		batch.batchUpdate(INSERT, rows);
	}

	void release(UUID clinicId, UUID bookingId) {
		jdbc.sql("delete from slot_claim where clinic_id = ? and booking_id = ?").params(clinicId, bookingId).update();
	}

	/**
	 * What an appointment at these times would clash with, without claiming anything: for showing the
	 * conflict before saving. The booking being moved ({@code except}) does not clash with itself.
	 */
	Set<ClaimedResource> clashes(Appointment a, UUID except) {
		Set<ClaimedResource> found = EnumSet.noneOf(ClaimedResource.class);
		for (ClaimedResource resource : ClaimedResource.values()) {
			long taken = jdbc.sql("""
					select count(*) from slot_claim where clinic_id = ? and resource_kind = ? and resource_id = ?
					and slot_start >= ? and slot_start < ? and booking_id <> ?""")
				.params(a.clinicId(), resource.name(), resourceId(a, resource), SqlTime.of(floor(a.start())),
						SqlTime.of(until(a, resource)), except == null ? a.id() : except)
				.query(Long.class).single();
			if (taken > 0) {
				found.add(resource);
			}
		}
		return found;
	}

	private static List<Object[]> rows(Appointment a, ClaimedResource resource) {
		List<Object[]> rows = new ArrayList<>();
		UUID resourceId = resourceId(a, resource);
		for (Instant slot = floor(a.start()); slot.isBefore(until(a, resource)); slot = slot.plus(SLOT_MINUTES, ChronoUnit.MINUTES)) {
			rows.add(new Object[] { a.clinicId(), resource.name(), resourceId, SqlTime.of(slot), a.id() });
		}
		return rows;
	}

	private static Instant until(Appointment a, ClaimedResource resource) {
		return resource == ClaimedResource.ROOM ? a.roomFreeAt() : a.end();
	}

	private static UUID resourceId(Appointment a, ClaimedResource resource) {
		return switch (resource) {
			case THERAPIST -> a.therapistId();
			case ROOM -> a.roomId();
			case CLIENT -> a.clientId();
		};
	}

	private static Instant floor(Instant t) {
		long slot = SLOT_MINUTES * 60L;
		return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), slot) * slot);
	}
}
