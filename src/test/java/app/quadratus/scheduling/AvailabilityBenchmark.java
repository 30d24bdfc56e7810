package app.quadratus.scheduling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import app.quadratus.shared.SqlTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Free slots for one therapist over four weeks with a million appointments in the database, through
 * the real migrations, the real queries and the real slot arithmetic ({@link FreeSlotQuery}). One
 * large clinic holds them all (the hardest case for the per-clinic indexes): 40 therapists, each with
 * their own room, about 25,000 appointments each (seven a weekday going back years), the coming four
 * weeks half full. Run by hand (see docs/performance.md):
 * {@code java -cp … app.quadratus.scheduling.AvailabilityBenchmark [h2|postgres] [appointments]}.
 */
public final class AvailabilityBenchmark {

	private static final int THERAPISTS = 40;

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final List<LocalTime> TIMES = List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0),
			LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(15, 0), LocalTime.of(16, 0));

	private AvailabilityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "postgres";
		int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		EmbeddedPostgres postgres = database.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
		DataSource seeding = postgres != null ? postgres.getPostgresDatabase() : h2();
		Flyway.configure().dataSource(seeding)
			.locations("classpath:db/migration", "classpath:db/vendor/" + (postgres != null ? "postgresql" : "h2"))
			.load().migrate();
		Instant now = Instant.parse("2026-12-02T08:00:00Z");
		Seeded seeded = seed(seeding, wanted, now);
		if (postgres != null) {
			JdbcClient.create(seeding).sql("analyze").update();
		}
		// The application borrows pooled connections; timing a fresh connection per query (what a bare
		// DataSource gives) would measure connecting, not the reads. One open connection stands for the pool.
		SingleConnectionDataSource pooled = new SingleConnectionDataSource(seeding.getConnection(), true);
		DataSource dataSource = pooled;
		FreeSlotQuery query = new FreeSlotQuery(new FreeSlotReads(JdbcClient.create(dataSource)),
				Clock.fixed(now, ZoneOffset.UTC));
		LocalDate from = LocalDate.ofInstant(now, ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		LocalDate to = from.plusWeeks(4).minusDays(1);
		Random random = new Random(7);
		for (int i = 0; i < 100; i++) {
			query.find(seeded.clinic, ZONE, seeded.therapists.get(random.nextInt(THERAPISTS)), seeded.type, seeded.rooms, from, to);
		}
		long[] micros = new long[100];
		int slots = 0;
		for (int i = 0; i < micros.length; i++) {
			UUID therapist = seeded.therapists.get(random.nextInt(THERAPISTS));
			long t = System.nanoTime();
			slots = query.find(seeded.clinic, ZONE, therapist, seeded.type, seeded.rooms, from, to).size();
			micros[i] = Duration.ofNanos(System.nanoTime() - t).toNanos() / 1000;
		}
		Arrays.sort(micros);
		FreeSlotReads reads = new FreeSlotReads(JdbcClient.create(dataSource));
		Instant start = from.atStartOfDay(ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
		UUID someone = seeded.therapists.get(0);
		double roundTrip = median(() -> JdbcClient.create(dataSource).sql("select 1").query(Integer.class).single());
		double rulesQuery = median(() -> reads.rules(seeded.clinic, someone));
		double busyQuery = median(() -> reads.busy(seeded.clinic, someone, seeded.rooms, start, end));
		var busy = reads.busy(seeded.clinic, someone, seeded.rooms, start, end);
		double arithmetic = median(() -> FreeSlotFinder.find(ZONE, from, to, Schedule.USUAL_WEEK, List.of(), busy.therapist(),
				busy.rooms(), 45, 15, 15, Instant.EPOCH));
		System.out.printf("%s: medians: select 1 %.2f ms, week and rules %.2f ms, busy times (therapist %d rows, %d rooms %d rows) %.2f ms, slot arithmetic %.2f ms%n",
				database, roundTrip, rulesQuery, busy.therapist().size(), busy.rooms().size(),
				busy.rooms().values().stream().mapToInt(List::size).sum(), busyQuery, arithmetic);
		// The plan of the busy-times read: each part should be an index range, never a scan of the table.
		JdbcClient.create(dataSource).sql((postgres != null ? "explain (analyze, buffers) " : "explain analyze ") + FreeSlotReads.BUSY)
			.param("clinic", seeded.clinic).param("therapist", someone)
			.param("from", SqlTime.of(start)).param("to", SqlTime.of(end))
			.param("earliest", SqlTime.of(start.minus(AppointmentRepository.LONGEST)))
			.param("earliestHire", SqlTime.of(start.minus(Duration.ofHours(12))))
			.query(String.class).list().forEach(plan -> plan.lines().forEach(line -> System.out.println(database + ": plan: " + line)));
		System.out.printf("%s: %,d appointments; free slots over 4 weeks (%s to %s), %d rooms: median %.2f ms, p95 %.2f ms, worst %.2f ms (%d slots in the last answer)%n",
				database, seeded.count, from, to, seeded.rooms.size(), micros[50] / 1000.0, micros[95] / 1000.0,
				micros[99] / 1000.0, slots);
		pooled.destroy();
		if (postgres != null) {
			postgres.close();
		}
	}

	private static double median(Runnable action) {
		long[] nanos = new long[101];
		for (int i = 0; i < nanos.length; i++) {
			long t = System.nanoTime();
			action.run();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		return nanos[50] / 1_000_000.0;
	}

	private record Seeded(UUID clinic, List<UUID> therapists, List<UUID> rooms, AppointmentType type, long count) {
	}

	private static DataSource h2() throws Exception {
		Path dir = Files.createTempDirectory("availability-bench");
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + dir.resolve("bench") + ";MODE=PostgreSQL;CACHE_SIZE=131072");
		h2.setUser("sa");
		return h2;
	}

	private static Seeded seed(DataSource dataSource, int wanted, Instant now) throws Exception {
		long started = System.nanoTime();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID clinic = UUID.randomUUID();
		jdbc.sql("insert into clinic (id, name, time_zone, locale, created_at) values (?, 'Benchmark', 'Europe/London', 'en-GB', ?)")
			.params(clinic, SqlTime.of(now)).update();
		AppointmentType type = new AppointmentType(UUID.randomUUID(), clinic, "Follow-up", 45, 15, false, true);
		new ScheduleRepository(jdbc).insertType(type, now);
		List<UUID> therapists = new ArrayList<>();
		List<UUID> rooms = new ArrayList<>();
		for (int i = 0; i < THERAPISTS; i++) {
			UUID therapist = UUID.randomUUID();
			jdbc.sql("insert into account (id, clinic_id, email, display_name, role, created_at) values (?, ?, ?, ?, 'THERAPIST', ?)")
				.params(therapist, clinic, "t" + i + "@bench.test", "Therapist " + i, SqlTime.of(now)).update();
			UUID room = UUID.randomUUID();
			jdbc.sql("insert into room (id, clinic_id, name, created_at) values (?, ?, ?, ?)")
				.params(room, clinic, "Room " + i, SqlTime.of(now)).update();
			therapists.add(therapist);
			rooms.add(room);
		}
		List<UUID> clients = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
				insert into client (id, clinic_id, given_name, family_name, date_of_birth, search_given, search_family,
				  created_at, updated_at) values (?, ?, 'A', 'B', date '1980-01-01', 'a', 'b', ?, ?)""")) {
			for (int i = 0; i < 20_000; i++) {
				UUID id = UUID.randomUUID();
				clients.add(id);
				s.setObject(1, id);
				s.setObject(2, clinic);
				s.setObject(3, SqlTime.of(now));
				s.setObject(4, SqlTime.of(now));
				s.addBatch();
			}
			s.executeBatch();
		}
		// Seven a weekday per therapist, back from today far enough to reach the wanted count; the next
		// four weeks have every other time booked, so there is something to compute.
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		int perTherapistDays = (int) Math.ceil(wanted / (double) (THERAPISTS * TIMES.size()));
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = today.plusWeeks(5); days.size() < perTherapistDays + 25; d = d.minusDays(1)) {
			if (d.getDayOfWeek().getValue() <= 5) {
				days.add(d);
			}
		}
		Random random = new Random(1_000_000L);
		long count = 0;
		int rowsPerStatement = 500;
		StringBuilder sql = new StringBuilder("""
				insert into appointment (id, clinic_id, therapist_id, room_id, client_id, type_id, starts_at, ends_at, room_free_at,
				  status, source, created_at) values """);
		for (int i = 0; i < rowsPerStatement; i++) {
			sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'STAFF', ?)");
		}
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
			c.setAutoCommit(false);
			int inStatement = 0;
			int p = 1;
			outer: for (LocalDate day : days) {
				boolean future = day.isAfter(today);
				for (int t = 0; t < THERAPISTS; t++) {
					for (int k = 0; k < TIMES.size(); k++) {
						if (future && k % 2 == 1) {
							continue;
						}
						if (count >= wanted) {
							break outer;
						}
						Instant start = day.atTime(TIMES.get(k)).atZone(ZONE).toInstant();
						s.setObject(p++, UUID.randomUUID());
						s.setObject(p++, clinic);
						s.setObject(p++, therapists.get(t));
						s.setObject(p++, rooms.get(t));
						s.setObject(p++, clients.get(random.nextInt(clients.size())));
						s.setObject(p++, type.id());
						s.setObject(p++, SqlTime.of(start));
						s.setObject(p++, SqlTime.of(start.plus(Duration.ofMinutes(45))));
						s.setObject(p++, SqlTime.of(start.plus(Duration.ofMinutes(60))));
						s.setString(p++, future ? "BOOKED" : "COMPLETED");
						s.setObject(p++, SqlTime.of(start.minus(Duration.ofDays(7))));
						count++;
						if (++inStatement == rowsPerStatement) {
							s.executeUpdate();
							inStatement = 0;
							p = 1;
							if (count % 50_000 == 0) {
								c.commit();
							}
						}
					}
				}
			}
			c.commit();
			count -= inStatement; // a partly filled last statement is left out
		}
		System.out.printf("seeded %,d appointments in %d s%n", count, Duration.ofNanos(System.nanoTime() - started).toSeconds());
		return new Seeded(clinic, therapists, rooms, type, count);
	}
}
