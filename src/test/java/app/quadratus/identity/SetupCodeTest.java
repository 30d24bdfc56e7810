package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import app.quadratus.testing.DatabaseTest;
import app.quadratus.testing.EmbeddedPostgresConfiguration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one database (two {@link SetupCode}s on one DataSource, on H2 and
 * PostgreSQL): they share one code, one count of wrong codes, and make one code when they start together.
 */
@DatabaseTest
class SetupCodeTest {

	private static final boolean POSTGRES = "postgres".equals(System.getProperty("quadratus.test.database"));

	private static DataSource database;

	private static JdbcClient jdbc;

	private final SetupCode first = new SetupCode(JdbcClient.create(database), Clock.systemUTC());

	private final SetupCode second = new SetupCode(JdbcClient.create(database), Clock.systemUTC());

	@BeforeAll
	static void migrate() throws SQLException {
		database = POSTGRES ? EmbeddedPostgresConfiguration.emptyDatabase("setup_code_test") : h2();
		Flyway.configure().dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/" + (POSTGRES ? "postgresql" : "h2"))
			.load().migrate();
		jdbc = JdbcClient.create(database);
	}

	@BeforeEach
	void noCodeYet() {
		jdbc.sql("delete from setup_code").update();
	}

	@Test
	void aCodeMadeByOneInstanceIsAcceptedByAnother() {
		first.printUnlessOneIsInForce();
		String code = first.current();
		second.printUnlessOneIsInForce();

		assertThat(rows()).as("the second instance found the code in force and made none").isEqualTo(1);
		assertThat(first.current()).isEqualTo(code);
		assertThatThrownBy(second::current).as("the second printed no code of its own")
			.isInstanceOf(IllegalStateException.class);
		assertThat(second.accepts(code)).isTrue();
		assertThat(second.accepts(code.toLowerCase().replace("-", " "))).isTrue();
		assertThat(jdbc.sql("select code_hash from setup_code").query(String.class).single())
			.as("only the hash is stored").doesNotContain(code.replace("-", "")).hasSize(64);
	}

	@Test
	void aRestartLaterThanAMinuteAfterTheCodeWasMadePrintsANewOne() {
		first.printUnlessOneIsInForce();
		String old = first.current();
		jdbc.sql("update setup_code set created_at = created_at - interval '2' minute").update();

		SetupCode restarted = new SetupCode(JdbcClient.create(database), Clock.systemUTC());
		restarted.printUnlessOneIsInForce();

		assertThat(restarted.current()).isNotEqualTo(old);
		assertThat(restarted.accepts(old)).as("the old code no longer works").isFalse();
		assertThat(restarted.accepts(restarted.current())).isTrue();
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void wrongCodesOnBothInstancesCountTogetherAndTheFifthReplacesTheCode() {
		first.printUnlessOneIsInForce();
		String code = first.current();
		for (int guess = 1; guess < SetupCode.WRONG_CODES_BEFORE_NEW_ONE; guess++) {
			SetupCode instance = guess % 2 == 0 ? first : second;
			assertThat(instance.accepts("WRONG-CODE-" + guess)).isFalse();
		}
		assertThat(wrongCodes()).isEqualTo(4);
		assertThat(first.accepts(code)).as("four wrong codes in all leave the code in force").isTrue();

		assertThat(second.accepts("WRONG-CODE-5")).isFalse();

		assertThat(first.accepts(code)).as("the fifth, wherever typed, replaced it").isFalse();
		String replacement = second.current();
		assertThat(replacement).as("printed by the instance that replaced it").isNotEqualTo(code);
		assertThatThrownBy(first::current).isInstanceOf(IllegalStateException.class);
		assertThat(first.accepts(replacement)).isTrue();
		assertThat(rows()).isEqualTo(1);
		assertThat(wrongCodes()).as("the wrong code typed against the new code counts").isEqualTo(1);
	}

	@Test
	void fiveWrongCodesAtOnceOnTwoInstancesReplaceTheCodeExactlyOnce() throws Exception {
		first.printUnlessOneIsInForce();
		String code = first.current();
		CyclicBarrier together = new CyclicBarrier(SetupCode.WRONG_CODES_BEFORE_NEW_ONE);
		List<Boolean> answers = all(SetupCode.WRONG_CODES_BEFORE_NEW_ONE, guess -> {
			together.await();
			return (guess % 2 == 0 ? first : second).accepts("WRONG-CODE-" + guess);
		});

		assertThat(answers).containsOnly(false);
		assertThat(rows()).isEqualTo(1);
		assertThat(wrongCodes()).as("replaced by the fifth, so the count starts again").isZero();
		assertThat(first.accepts(code)).isFalse();
		assertThat(knowsTheCodeInForce(first) ^ knowsTheCodeInForce(second))
			.as("exactly one instance replaced the code and printed it").isTrue();
	}

	@Test
	void twoInstancesStartingTogetherMakeExactlyOneCode() throws Exception {
		for (int round = 0; round < 20; round++) {
			jdbc.sql("delete from setup_code").update();
			SetupCode a = new SetupCode(JdbcClient.create(database), Clock.systemUTC());
			SetupCode b = new SetupCode(JdbcClient.create(database), Clock.systemUTC());
			CyclicBarrier together = new CyclicBarrier(2);
			all(2, instance -> {
				together.await();
				(instance == 0 ? a : b).printUnlessOneIsInForce();
				return null;
			});

			assertThat(rows()).isEqualTo(1);
			assertThat(knowsTheCodeInForce(a) ^ knowsTheCodeInForce(b)).as("round %d: one instance printed a code", round)
				.isTrue();
		}
	}

	@Test
	void discardingTheCodeDeletesTheRowOnce() {
		first.printUnlessOneIsInForce();
		String code = first.current();

		assertThat(second.discard()).isTrue();

		assertThat(rows()).isZero();
		assertThat(second.discard()).as("a second setup finds no code left").isFalse();
		assertThat(first.accepts(code)).isFalse();
	}

	private interface Task<T> {

		T run(int index) throws Exception;
	}

	private static <T> List<T> all(int count, Task<T> task) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(threads.submit(() -> task.run(index)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static boolean knowsTheCodeInForce(SetupCode instance) {
		try {
			instance.current();
			return true;
		}
		catch (IllegalStateException printedElsewhere) {
			return false;
		}
	}

	private static long rows() {
		return jdbc.sql("select count(*) from setup_code").query(Long.class).single();
	}

	private static int wrongCodes() {
		return jdbc.sql("select wrong_codes from setup_code").query(Integer.class).single();
	}

	private static DataSource h2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:setup-code-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return h2;
	}
}
