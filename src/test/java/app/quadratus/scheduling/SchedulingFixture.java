package app.quadratus.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo ids the scheduling tests book with, and days far enough ahead that no demo appointment is on them. */
record SchedulingFixture(UUID sam, UUID priya, List<UUID> rooms, List<UUID> clients, UUID followUp, UUID initial,
		ZoneId zone) {

	static SchedulingFixture of(DemoData demo, JdbcClient jdbc) {
		UUID clinic = demo.clinicOf(DemoAccounts.THERAPIST);
		List<UUID> rooms = jdbc.sql("select id from room where clinic_id = ? order by name").param(clinic).query(UUID.class).list();
		List<UUID> clients = jdbc.sql("select id from client where clinic_id = ? order by created_at, id limit 4").param(clinic)
			.query(UUID.class).list();
		UUID followUp = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Follow-up'").param(clinic)
			.query(UUID.class).single();
		UUID initial = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Initial assessment'")
			.param(clinic).query(UUID.class).single();
		return new SchedulingFixture(demo.accountId(DemoAccounts.THERAPIST), demo.accountId(DemoAccounts.THERAPIST2), rooms,
				clients, followUp, initial, ZoneId.of("Europe/London"));
	}

	/** A Wednesday {@code weeks} weeks after a year from now: each test takes its own. */
	static LocalDate wednesdayIn(int weeks) {
		return LocalDate.now().plusYears(1).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
	}

	static String booking(UUID client, UUID therapist, UUID type, UUID room, String start) {
		return """
				{"clientId":"%s","therapistId":"%s","typeId":"%s","roomId":"%s","start":"%s"}"""
			.formatted(client, therapist, type, room, start);
	}
}
