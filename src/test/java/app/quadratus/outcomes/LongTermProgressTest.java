package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clients.ClientForm;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.SqlTime;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client who attends for years: the chart and the report keep showing the baseline and the newest
 * scores, and when each assignment was last done is read in one query for all of them.
 */
@WebTest
@Transactional
class LongTermProgressTest {

	private static final Instant FIRST = Instant.parse("2024-01-08T10:00:00Z");

	@Autowired
	OutcomeProgress progress;

	@Autowired
	OutcomeRepository repository;

	@Autowired
	ClientRecords clients;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private UUID clinic;

	private UUID client;

	@BeforeEach
	void aFreshClient() {
		clinic = demo.clinicOf(THERAPIST);
		ClientForm form = new ClientForm();
		form.setGivenName("Long");
		form.setFamilyName("Term");
		form.setDateOfBirth(LocalDate.of(1970, 3, 1));
		client = clients.createInClinic(clinic, form, Instant.now()).id();
	}

	@Test
	void afterMoreThanAHundredCompletionsTheChartShowsTheBaselineAndTheNewestNinetyNine() {
		// 130 weekly NPRS ratings: 9 at baseline, then 8, 7, ... cycling, the last one a 1.
		int total = 130;
		for (int i = 0; i < total; i++) {
			int score = i == 0 ? 9 : i == total - 1 ? 1 : 2 + (i % 6);
			complete(null, OutcomeMeasure.NPRS, score, FIRST.plus(7L * i, ChronoUnit.DAYS));
		}

		List<MeasureProgress> measures = progress.measures(clinic, client, List.of());

		assertThat(measures).hasSize(1);
		MeasureProgress nprs = measures.get(0);
		assertThat(nprs.points()).hasSize(OutcomeProgress.MAX_POINTS);
		assertThat(nprs.baseline().baseline()).isTrue();
		assertThat(nprs.baseline().score()).isEqualByComparingTo("9");
		assertThat(nprs.baseline().date()).isEqualTo(LocalDate.of(2024, 1, 8));
		LocalDate newest = FIRST.plus(7L * (total - 1), ChronoUnit.DAYS).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
		assertThat(nprs.latest().date()).isEqualTo(newest);
		assertThat(nprs.latest().score()).isEqualByComparingTo("1");
		// After the baseline, the 99 newest, oldest of them first: completions 32 to 130.
		LocalDate firstShownAfterBaseline = FIRST.plus(7L * (total - 99), ChronoUnit.DAYS).atZone(java.time.ZoneId.of("Europe/London"))
			.toLocalDate();
		assertThat(nprs.points().get(1).date()).isEqualTo(firstShownAfterBaseline);
		assertThat(nprs.points()).extracting(ProgressPoint::date).isSorted().doesNotHaveDuplicates();
		assertThat(nprs.latestChange().change()).isEqualByComparingTo("-8");
	}

	@Test
	void aHistoryWithinTheLimitIsShownWhole() {
		for (int i = 0; i < 5; i++) {
			complete(null, OutcomeMeasure.NPRS, 8 - i, FIRST.plus(7L * i, ChronoUnit.DAYS));
		}
		MeasureProgress nprs = progress.measures(clinic, client, List.of()).get(0);
		assertThat(nprs.points()).extracting(p -> p.score().intValue()).containsExactly(8, 7, 6, 5, 4);
		assertThat(nprs.points()).filteredOn(ProgressPoint::baseline).hasSize(1);
	}

	@Test
	void whenEachAssignmentWasLastCompletedIsReadForAllOfThemAtOnce() {
		Assignment odi = assign(OutcomeMeasure.ODI);
		Assignment nprs = assign(OutcomeMeasure.NPRS);
		Assignment never = assign(OutcomeMeasure.LEFS);
		complete(odi.id(), OutcomeMeasure.ODI, 40, FIRST);
		complete(odi.id(), OutcomeMeasure.ODI, 30, FIRST.plus(30, ChronoUnit.DAYS));
		complete(nprs.id(), OutcomeMeasure.NPRS, 6, FIRST.plus(3, ChronoUnit.DAYS));

		Map<UUID, Instant> last = repository.lastCompletedAt(clinic, client);

		assertThat(last).containsOnlyKeys(odi.id(), nprs.id()).doesNotContainKey(never.id());
		assertThat(last.get(odi.id())).isEqualTo(FIRST.plus(30, ChronoUnit.DAYS));
		assertThat(last.get(nprs.id())).isEqualTo(FIRST.plus(3, ChronoUnit.DAYS));
		// Another clinic's view of the same ids is empty.
		assertThat(repository.lastCompletedAt(demo.clinicOf(app.quadratus.testing.DemoAccounts.OTHER_CLINIC), client))
			.isEmpty();
	}

	private Assignment assign(OutcomeMeasure measure) {
		Assignment a = new Assignment(UUID.randomUUID(), client, measure, Schedule.AT_REVIEW, null, null, List.of(), true,
				FIRST.minus(1, ChronoUnit.DAYS));
		repository.insert(clinic, a, null);
		return a;
	}

	private void complete(UUID assignmentId, OutcomeMeasure measure, int score, Instant at) {
		jdbc.sql("""
				insert into outcome_response (id, clinic_id, client_id, assignment_id, measure, channel, status, answers,
				  score, started_at, updated_at, completed_at)
				values (?, ?, ?, ?, ?, 'TABLET', 'COMPLETED', '{}', ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), clinic, client, assignmentId, measure.id(), BigDecimal.valueOf(score),
					SqlTime.of(at), SqlTime.of(at), SqlTime.of(at))
			.update();
	}
}
