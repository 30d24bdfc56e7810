package app.quadratus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** The slot arithmetic and the appointment's transitions, without a database. */
class FreeSlotFinderTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalDate MONDAY = LocalDate.of(2027, 3, 29); // the day after the clocks go forward

	private static final UUID ROOM_1 = UUID.randomUUID();

	private static final UUID ROOM_2 = UUID.randomUUID();

	@Test
	void slotsFollowTheWorkingDayInTheClinicsZoneAcrossTheClockChange() {
		List<FreeSlot> slots = find(List.of(), new LinkedHashMap<>(java.util.Map.of(ROOM_1, List.of())), List.of());
		assertThat(slots).hasSize(9); // 9:00 to 11:00 in steps of 15 minutes for a 60-minute appointment
		assertThat(slots.get(0).start()).isEqualTo(at("09:00"));
		assertThat(slots.get(0).start().toString()).isEqualTo("2027-03-29T08:00:00Z"); // BST
		assertThat(slots.get(8).end()).isEqualTo(at("12:00"));
	}

	@Test
	void appointmentsTimeOffAndBusyRoomsAreLeftOut() {
		LinkedHashMap<UUID, List<TimeRange>> rooms = new LinkedHashMap<>();
		rooms.put(ROOM_1, List.of(new TimeRange(at("10:00"), at("12:00"))));
		rooms.put(ROOM_2, List.of(new TimeRange(at("09:00"), at("09:45")))); // an appointment and its buffer
		// Room 2 is free from 9:45 (room 1 never for 60 minutes + 15 of turnover); the therapist is busy 10:30-11:00.
		List<FreeSlot> slots = find(List.of(new TimeRange(at("10:30"), at("11:00"))), rooms, List.of());
		assertThat(slots).extracting(FreeSlot::start).containsExactly(at("11:00"));
		assertThat(slots.get(0).roomId()).isEqualTo(ROOM_2);

		assertThat(find(List.of(), rooms, List.of())).extracting(FreeSlot::start)
			.containsExactly(at("09:45"), at("10:00"), at("10:15"), at("10:30"), at("10:45"), at("11:00"));

		List<FreeSlot> afterHoliday = find(List.of(), new LinkedHashMap<>(java.util.Map.of(ROOM_1, List.of())),
				List.of(new TimeRange(at("08:00"), at("10:00"))));
		assertThat(afterHoliday).extracting(FreeSlot::start)
			.containsExactly(at("10:00"), at("10:15"), at("10:30"), at("10:45"), at("11:00"));
	}

	@Test
	void busyIsFoundByBinarySearchOverSortedRanges() {
		List<TimeRange> ranges = List.of(new TimeRange(at("09:00"), at("09:45")), new TimeRange(at("11:00"), at("12:00")));
		assertThat(FreeSlotFinder.busy(ranges, at("09:45"), at("10:45"))).isFalse();
		assertThat(FreeSlotFinder.busy(ranges, at("09:30"), at("10:00"))).isTrue();
		assertThat(FreeSlotFinder.busy(ranges, at("10:00"), at("11:01"))).isTrue();
		assertThat(FreeSlotFinder.busy(ranges, at("08:00"), at("09:00"))).isFalse();
	}

	@Test
	void transitionsRefuseStatesTheyCannotComeFrom() {
		AppointmentType type = new AppointmentType(UUID.randomUUID(), UUID.randomUUID(), "Follow-up", 45, 15, false, true);
		Appointment booked = Appointment.book(type.clinicId(), UUID.randomUUID(), ROOM_1, UUID.randomUUID(), type, at("09:00"),
				AppointmentSource.STAFF, null, at("08:00"));
		assertThat(booked.end()).isEqualTo(at("09:45"));
		assertThat(booked.roomFreeAt()).isEqualTo(at("10:00"));
		Appointment arrived = booked.arrive(at("08:55"));
		assertThat(arrived.status()).isEqualTo(AppointmentStatus.ARRIVED);
		assertThatThrownBy(() -> arrived.cancel("late", null, at("09:00"))).isInstanceOf(ConflictException.class);
		assertThat(arrived.complete(at("09:45")).status()).isEqualTo(AppointmentStatus.COMPLETED);
		Appointment cancelled = booked.cancel("  Rang in sick ", null, at("08:00"));
		assertThat(cancelled.cancelReason()).isEqualTo("Rang in sick");
		assertThatThrownBy(() -> cancelled.arrive(at("09:00"))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> booked.markNoShow(at("08:59"))).isInstanceOf(ConflictException.class);
		assertThat(booked.markNoShow(at("09:10")).status().fhirCode()).isEqualTo("noshow");
	}

	private static List<FreeSlot> find(List<TimeRange> therapistBusy, LinkedHashMap<UUID, List<TimeRange>> rooms,
			List<TimeRange> timeOff) {
		return FreeSlotFinder.find(LONDON, MONDAY, MONDAY,
				List.of(new WorkingBlock(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), timeOff, therapistBusy,
				rooms, 60, 15, 15, Instant.EPOCH);
	}

	private static Instant at(String time) {
		return MONDAY.atTime(LocalTime.parse(time)).atZone(LONDON).toInstant();
	}
}
