package app.quadratus.treatment.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.web.TimelineSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's timeline: assessments, plan versions, sessions and questionnaires, newest first, a page at
 * a time. Each source answers one bounded query for the page (its newest {@code limit + 1} before the
 * cursor), so a client with 500 sessions opens as fast as one with 5; the merged page keeps the newest
 * {@code limit} and the moment of its last entry is the cursor of the next page.
 */
@Service
public class ClientTimeline {

	public static final int PAGE = 20;

	/** How many sessions the pain chart shows. */
	public static final int CHARTED = 12;

	/** A page of the timeline; {@code next} is null on the last page. @param pain before/after, oldest first */
	public record Page(List<TimelineSource.Entry> entries, Instant next, List<int[]> pain) {
	}

	private final List<TimelineSource> sources;

	private final TreatmentTimeline treatment;

	private final ClientRecords clients;

	private final AuditLog audit;

	ClientTimeline(List<TimelineSource> sources, TreatmentTimeline treatment, ClientRecords clients, AuditLog audit) {
		this.sources = sources;
		this.treatment = treatment;
		this.clients = clients;
		this.audit = audit;
	}

	@ClinicalAccess
	@Transactional(readOnly = false)
	public Page page(UUID clientId, Instant before) {
		Page page = read(clientId, before);
		audit.record(AuditAction.VIEW, "client-timeline", clientId, clientId);
		return page;
	}

	/** The first page for the chart, whose view the clients module audits once (one entry per view). */
	@ClinicalAccess
	Page firstPageOfChart(UUID clientId) {
		return read(clientId, null);
	}

	private Page read(UUID clientId, Instant before) {
		clients.requireExists(clientId);
		Instant cursor = before == null ? Instant.parse("9999-12-31T00:00:00Z") : before;
		List<TimelineSource.Entry> all = new ArrayList<>();
		for (TimelineSource source : sources) {
			all.addAll(source.before(clientId, cursor, PAGE + 1));
		}
		all.sort(Comparator.comparing(TimelineSource.Entry::at).reversed());
		List<TimelineSource.Entry> entries = all.subList(0, Math.min(PAGE, all.size()));
		Instant next = all.size() > PAGE ? entries.get(entries.size() - 1).at() : null;
		return new Page(List.copyOf(entries), next, before == null ? treatment.recentPain(clientId, CHARTED) : List.of());
	}
}
