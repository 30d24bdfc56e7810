package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static app.quadratus.testing.DemoAccounts.THERAPIST2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clients.ClientForm;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's report, on a hand-made history in 2020 (before any demo data): each client counts once
 * per measure, by their last follow-up in the period, compared with their baseline.
 */
@WebTest
class ClinicOutcomeReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientRecords clients;

	@Autowired
	OutcomesDemoHistory history;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void seedHistoryOnce() {
		if (jdbc.sql("select count(*) from client where family_name = 'Reportcase'").query(Long.class).single() > 0) {
			return;
		}
		UUID clinic = demo.clinicOf(OWNER);
		UUID sam = demo.accountId(THERAPIST);
		UUID priya = demo.accountId(THERAPIST2);
		transactions.executeWithoutResult(status -> {
			// Sam: A improves by 16 (important) then relapses in June; B changes by 4 (not important).
			course(clinic, "A", sam, Map.of("2020-01-10", 40, "2020-02-10", 24, "2020-06-10", 46));
			course(clinic, "B", sam, Map.of("2020-01-10", 40, "2020-02-10", 36));
			// Priya: C has only a baseline; D improves by 20, then slips to 5 below the baseline.
			course(clinic, "C", priya, Map.of("2020-01-10", 30));
			course(clinic, "D", priya, Map.of("2020-01-05", 50, "2020-02-01", 30, "2020-03-01", 46));
		});
	}

	@Test
	void eachClientCountsByTheirLastFollowUpInThePeriod() throws Exception {
		String firstQuarter = report("2020-01-01", "2020-03-31");
		assertThat(firstQuarter).contains("33% (1 of 3)").contains("50% (1 of 2)").contains("0% (0 of 1)")
			.contains("Sam Okafor").contains("Priya Shah").doesNotContain("Numeric Pain Rating Scale");
		String toMidFebruary = report("2020-01-01", "2020-02-15");
		assertThat(toMidFebruary).contains("67% (2 of 3)").contains("100% (1 of 1)");
		String firstHalf = report("2020-01-01", "2020-06-30");
		assertThat(firstHalf).contains("0% (0 of 3)");
		assertThat(report("2019-01-01", "2019-12-31")).contains("No follow-up questionnaire was completed");
	}

	@Test
	void onlyTheOwnerSeesIt() throws Exception {
		mvc.perform(get("/outcomes/report").session(DemoAccounts.signIn(mvc, THERAPIST))).andExpect(status().isForbidden());
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
		assertThat(report("2020-03-01", "2020-01-01")).contains("must not be before its start");
	}

	private String report(String from, String to) throws Exception {
		return mvc.perform(get("/outcomes/report").param("from", from).param("to", to).session(DemoAccounts.signIn(mvc, OWNER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void course(UUID clinic, String name, UUID therapist, Map<String, Integer> odiByDay) {
		ClientForm form = new ClientForm();
		form.setGivenName(name);
		form.setFamilyName("Reportcase");
		form.setDateOfBirth(LocalDate.of(1980, 1, 1));
		form.setTherapistId(therapist);
		Instant joined = Instant.parse("2020-01-01T09:00:00Z");
		UUID id = clients.createInClinic(clinic, form, joined).id();
		DemoClient client = new DemoClient(id, therapist, joined, name, "Reportcase", 40);
		Assignment odi = history.assign(clinic, client, OutcomeMeasure.ODI, Schedule.AT_REVIEW, null, null, List.of(), joined);
		odiByDay.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> history.complete(clinic, client,
				odi, odiAnswers(entry.getValue()), LocalDate.parse(entry.getKey()).atTime(10, 0).toInstant(ZoneOffset.UTC)));
	}

	/** All ten sections answered, so the index is twice the sum: 40% is a sum of 20. */
	private static Map<String, String> odiAnswers(int percent) {
		String[] sections = { "pain_intensity", "personal_care", "lifting", "walking", "sitting", "standing", "sleeping",
				"sex_life", "social_life", "travelling" };
		Map<String, String> answers = new LinkedHashMap<>();
		int left = percent / 2;
		for (String section : sections) {
			int points = Math.min(5, left);
			answers.put(section, String.valueOf(points));
			left -= points;
		}
		return answers;
	}
}
