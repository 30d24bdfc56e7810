package app.quadratus.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of online booking: the clients' booking links, the waitlist and its offers, registrations. */
@Repository
class OnlineBookingRepository {

	private final JdbcClient jdbc;

	OnlineBookingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertLink(UUID clinicId, UUID appointmentId, String tokenHash, Instant now) {
		jdbc.sql("insert into online_booking (appointment_id, clinic_id, token_hash, created_at) values (?, ?, ?, ?)")
			.params(appointmentId, clinicId, tokenHash, SqlTime.of(now)).update();
	}

	/**
	 * A fresh secret for an appointment's link (a reminder carries one): replaces the previous one, or
	 * creates the row for a booking made by staff, marked seen so it is not listed as a new online booking.
	 */
	void replaceLink(UUID clinicId, UUID appointmentId, String tokenHash, Instant now) {
		int updated = jdbc.sql("update online_booking set token_hash = ? where clinic_id = ? and appointment_id = ?")
			.params(tokenHash, clinicId, appointmentId).update();
		if (updated == 0) {
			jdbc.sql("insert into online_booking (appointment_id, clinic_id, token_hash, created_at, seen_at) values (?, ?, ?, ?, ?)")
				.params(appointmentId, clinicId, tokenHash, SqlTime.of(now), SqlTime.of(now)).update();
		}
	}

	/** The clinic and appointment a booking link belongs to. */
	Optional<UUID[]> link(String tokenHash) {
		return jdbc.sql("select clinic_id, appointment_id from online_booking where token_hash = ?").param(tokenHash)
			.query((rs, row) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).optional();
	}

	/** Online bookings staff have not listed yet, newest first. */
	List<UUID> unseen(UUID clinicId) {
		return jdbc.sql("select appointment_id from online_booking where clinic_id = ? and seen_at is null order by created_at desc")
			.param(clinicId).query(UUID.class).list();
	}

	void markSeen(UUID clinicId, List<UUID> appointmentIds, Instant now) {
		for (UUID id : appointmentIds) {
			jdbc.sql("update online_booking set seen_at = ? where clinic_id = ? and appointment_id = ? and seen_at is null")
				.params(SqlTime.of(now), clinicId, id).update();
		}
	}

	/** Whether the client has ever had an appointment here that was not cancelled (then they are not new). */
	boolean hasHistory(UUID clinicId, UUID clientId) {
		return jdbc.sql("select count(*) from appointment where clinic_id = ? and client_id = ? and status <> 'CANCELLED'")
			.params(clinicId, clientId).query(Long.class).single() > 0;
	}

	int registrationsSince(String address, Instant since) {
		return jdbc.sql("select count(*) from booking_registration where address = ? and created_at > ?")
			.params(address, SqlTime.of(since)).query(Integer.class).single();
	}

	void insertRegistration(UUID clinicId, String address, Instant now) {
		jdbc.sql("insert into booking_registration (id, address, clinic_id, created_at) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), address, clinicId, SqlTime.of(now)).update();
	}

	// The waitlist.

	record WaitingEntry(UUID id, UUID clinicId, UUID clientId, UUID therapistId, UUID typeId, LocalDate day) {
	}

	void insertEntry(WaitingEntry e, Instant now) {
		jdbc.sql("""
				insert into waitlist_entry (id, clinic_id, client_id, therapist_id, type_id, wanted_day, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.clinicId(), e.clientId(), e.therapistId(), e.typeId(), e.day(), SqlTime.of(now)).update();
	}

	/** Entries still waiting for this day, with this therapist or anyone, oldest first. */
	List<WaitingEntry> waiting(UUID clinicId, LocalDate day, UUID therapistId) {
		return jdbc.sql("""
				select * from waitlist_entry where clinic_id = ? and wanted_day = ? and booked_at is null
				and (therapist_id is null or therapist_id = ?) order by created_at""")
			.params(clinicId, day, therapistId)
			.query((rs, row) -> new WaitingEntry(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("type_id", UUID.class), rs.getObject("wanted_day", LocalDate.class)))
			.list();
	}

	/** Entries still waiting for a day from {@code from} on, soonest day first (index waitlist_by_day). */
	List<WaitingEntry> waitingFrom(UUID clinicId, LocalDate from, int limit) {
		return jdbc.sql("""
				select * from waitlist_entry where clinic_id = ? and wanted_day >= ? and booked_at is null
				order by wanted_day, created_at limit ?""")
			.params(clinicId, from, limit)
			.query((rs, row) -> new WaitingEntry(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("type_id", UUID.class), rs.getObject("wanted_day", LocalDate.class)))
			.list();
	}

	Optional<WaitingEntry> entry(UUID clinicId, UUID id) {
		return jdbc.sql("select * from waitlist_entry where clinic_id = ? and id = ?").params(clinicId, id)
			.query((rs, row) -> new WaitingEntry(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("type_id", UUID.class), rs.getObject("wanted_day", LocalDate.class)))
			.optional();
	}

	long waitingCount(UUID clinicId) {
		return jdbc.sql("select count(*) from waitlist_entry where clinic_id = ? and booked_at is null").param(clinicId)
			.query(Long.class).single();
	}

	void markBooked(UUID entryId, Instant now) {
		jdbc.sql("update waitlist_entry set booked_at = ? where id = ?").params(SqlTime.of(now), entryId).update();
	}

	record Offer(UUID id, UUID clinicId, UUID entryId, UUID therapistId, UUID roomId, Instant start, Instant takenAt) {
	}

	/** Inserts an offer; false when this entry was already offered this time (a second listener run). */
	boolean insertOffer(Offer o, String tokenHash, Instant now) {
		try {
			return insertOfferOnce(o, tokenHash, now);
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// Another instance inserted it between our check and our insert: the unique key decided.
			return false;
		}
	}

	private boolean insertOfferOnce(Offer o, String tokenHash, Instant now) {
		return jdbc.sql("""
				insert into waitlist_offer (id, clinic_id, entry_id, therapist_id, room_id, starts_at, token_hash, created_at)
				select ?, ?, ?, ?, ?, ?, ?, ? where not exists
				  (select 1 from waitlist_offer where entry_id = ? and starts_at = ?)""")
			.params(o.id(), o.clinicId(), o.entryId(), o.therapistId(), o.roomId(), SqlTime.of(o.start()), tokenHash,
					SqlTime.of(now), o.entryId(), SqlTime.of(o.start()))
			.update() == 1;
	}

	Optional<Offer> offer(String tokenHash) {
		return jdbc.sql("select * from waitlist_offer where token_hash = ?").param(tokenHash)
			.query((rs, row) -> new Offer(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getObject("entry_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("room_id", UUID.class), ScheduleRepository.instant(rs, "starts_at"),
					ScheduleRepository.instant(rs, "taken_at")))
			.optional();
	}

	void markTaken(UUID offerId, Instant now) {
		jdbc.sql("update waitlist_offer set taken_at = ? where id = ?").params(SqlTime.of(now), offerId).update();
	}
}
