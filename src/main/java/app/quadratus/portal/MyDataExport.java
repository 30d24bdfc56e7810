package app.quadratus.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import app.quadratus.clients.Client;
import app.quadratus.clients.ClientConsents;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clients.Consent;
import app.quadratus.homework.HomeworkLog;
import app.quadratus.homework.Tick;
import app.quadratus.outcomes.OutcomeProgress;
import app.quadratus.treatment.ClientPlans;
import app.quadratus.treatment.SharedSummaries;
import org.springframework.stereotype.Component;

/**
 * What the self-service download holds (PS-28): what the client provided or was shown — details, consents,
 * plans in words, pain diary, homework ticks, questionnaire scores, the session summaries shared with them.
 * Never the therapist's unshared notes (those go through a reviewed request). Growing lists are read a page
 * at a time, so 500 sessions' summaries cost a handful of narrow queries, not one query per session.
 */
@Component
class MyDataExport {

	static final int PAGE = 200;

	static final String NOT_INCLUDED = "Your therapist's own notes are not in this download. You can ask for them "
			+ "on your details page; the clinic reviews each request.";

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final ClientPlans plans;

	private final PainDiary diary;

	private final HomeworkLog homework;

	private final OutcomeProgress progress;

	private final SharedSummaries summaries;

	MyDataExport(ClientRecords clients, ClientConsents consents, ClientPlans plans, PainDiary diary,
			HomeworkLog homework, OutcomeProgress progress, SharedSummaries summaries) {
		this.clients = clients;
		this.consents = consents;
		this.plans = plans;
		this.diary = diary;
		this.homework = homework;
		this.progress = progress;
		this.summaries = summaries;
	}

	/** Everything, read for the signed-in client only (each service takes the client from the account). */
	MyData collect(Instant now) {
		return new MyData(now, clients.mine(), consents.mine(), plans.mine(), diary.all(), all(p -> homework.mine(p, PAGE)),
				questionnaires(), all(p -> summaries.mine(p, PAGE)));
	}

	/** The JSON download: one key per kind of record, "notIncluded" saying what is left out and how to ask. */
	Map<String, Object> json(MyData data) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("schema", "https://quadratus.app/schemas/my-data/v1");
		json.put("generatedAt", data.generatedAt().toString());
		json.put("details", details(data.client()));
		json.put("consents", data.consents().stream().map(MyDataExport::consent).toList());
		json.put("plans", data.plans());
		json.put("painDiary", data.diary());
		json.put("homework", data.ticks());
		json.put("questionnaires", data.questionnaires());
		json.put("sessionSummaries", data.summaries());
		json.put("notIncluded", List.of(NOT_INCLUDED));
		return json;
	}

	private List<Map<String, Object>> questionnaires() {
		return progress.forSelf().measures().stream()
			.map(m -> Map.<String, Object>of("measure", m.instrument().title(), "scores", m.points().stream()
				.map(p -> Map.of("date", p.date().toString(), "score", p.display(m.decimals()))).toList()))
			.toList();
	}

	private static Map<String, Object> details(Client c) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("givenName", c.givenName());
		details.put("familyName", c.familyName());
		details.put("dateOfBirth", c.dateOfBirth() == null ? null : c.dateOfBirth().toString());
		details.put("email", c.email());
		details.put("phone", c.phone());
		details.put("address", c.addressLine());
		details.put("town", c.town());
		details.put("postcode", c.postcode());
		details.put("occupation", c.occupation());
		details.put("gp", c.gpName());
		details.put("emergencyContact", c.emergencyContactName());
		return details;
	}

	private static Map<String, Object> consent(Consent c) {
		Map<String, Object> consent = new LinkedHashMap<>();
		consent.put("kind", c.kind().name());
		consent.put("givenAt", c.grantedAt().toString());
		consent.put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
		return consent;
	}

	private static <T> List<T> all(IntFunction<List<T>> page) {
		List<T> all = new ArrayList<>();
		for (int p = 0;; p++) {
			List<T> rows = page.apply(p);
			all.addAll(rows);
			if (rows.size() < PAGE) {
				return all;
			}
		}
	}

	record MyData(Instant generatedAt, Client client, List<Consent> consents, List<ClientPlans.ClientPlan> plans,
			List<PainDiaryEntry> diary, List<Tick> ticks, List<Map<String, Object>> questionnaires,
			List<SharedSummaries.Shared> summaries) {
	}
}
