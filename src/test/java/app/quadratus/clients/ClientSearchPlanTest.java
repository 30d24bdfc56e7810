package app.quadratus.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first page of a common prefix reads about a page of index entries, however many clients match:
 * the database's own account of the rows each step read (EXPLAIN ANALYZE), for a clinic where 400 clients
 * have a given name and an email starting "xa" and none a family name.
 */
@SpringBootTest
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSearchPlanTest {

	private static final int MATCHING = 400;

	private static final Pattern H2_SCANNED = Pattern.compile("scanCount: (\\d+)");

	/**
	 * PostgreSQL's reads of the search indexes. On a table of a few hundred rows its planner may join the
	 * page's rows by reading the whole table rather than the primary key, which says nothing about a
	 * clinic of 100,000, so that step is not counted here.
	 */
	private static final Pattern POSTGRES_READ = Pattern.compile("Index (?:Only )?Scan using \\w+ on client [^\\n]*actual time=[^)]* rows=(\\d+)");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientRepository clients;

	private final UUID clinic = UUID.randomUUID();

	@BeforeAll
	void aClinicWhereManyGivenNamesAndEmailsStartAlike() {
		jdbc.sql("insert into clinic (id, name, time_zone, locale, created_at) values (?, 'Plan test', 'Europe/London', 'en-GB', now())")
			.param(clinic).update();
		for (int i = 0; i < MATCHING; i++) {
			String family = "Family" + (char) ('a' + i % 26) + i;
			jdbc.sql("""
					insert into client (id, clinic_id, given_name, family_name, date_of_birth, email, search_given, search_family,
					    search_email, created_at, updated_at) values (?, ?, 'Xanthe', ?, ?, ?, 'xanthe', ?, ?, now(), now())""")
				.params(UUID.randomUUID(), clinic, family, LocalDate.of(1980, 1, 1), "xanthe." + i + "@example.org",
						family.toLowerCase(), "xanthe." + i + "@example.org")
				.update();
		}
		jdbc.sql("analyze").update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", "xa", "xan" })
	void theFirstPageOfAPrefixOfUpToThreeLettersReadsAboutAPage(String prefix) {
		ClientQuery query = new ClientQuery(prefix, false, 20, 0);
		assertThat(clients.search(clinic, query)).hasSize(20)
			.extracting(ClientSummary::familyName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

		int mostRowsOneStepRead = mostRowsRead(clients.searchStatement(clinic, query));
		assertThat(mostRowsOneStepRead).as("rows read by the busiest step for \"%s\", of %d matches", prefix, MATCHING)
			.isLessThanOrEqualTo(2 * 20 + 2);
	}

	@Test
	void aCappedCountStopsAtItsCapAndAnUncappedOneCountsEveryMatch() {
		ClientQuery query = new ClientQuery("xa", false, 20, 0);
		assertThat(clients.count(clinic, query, ClientController.COUNT_CAP)).isEqualTo(ClientController.COUNT_CAP);
		assertThat(clients.count(clinic, query, null)).isEqualTo(MATCHING);
		assertThat(clients.count(clinic, new ClientQuery("xanthe.39", false, 20, 0), ClientController.COUNT_CAP))
			.as("xanthe.39@ and xanthe.390@ to .399@").isEqualTo(11);
	}

	private int mostRowsRead(ClientRepository.SearchStatement search) {
		List<String> plan = new ArrayList<>();
		// the build's PostgreSQL run sets it (pom.xml), as DatabaseOwner reads it
		boolean postgres = "postgres".equals(System.getProperty("quadratus.test.database"));
		jdbc.sql((postgres ? "explain (analyze) " : "explain analyze ") + search.sql()).params(search.params())
			.query((rs, row) -> plan.add(rs.getString(1))).list();
		Matcher rows = (postgres ? POSTGRES_READ : H2_SCANNED).matcher(String.join("\n", plan));
		int most = 0;
		boolean any = false;
		while (rows.find()) {
			most = Math.max(most, Integer.parseInt(rows.group(1)));
			any = true;
		}
		assertThat(any).as("the plan reports rows read:\n%s", String.join("\n", plan)).isTrue();
		return most;
	}
}
