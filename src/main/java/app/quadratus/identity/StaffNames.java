package app.quadratus.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The display names of each clinic's staff, read on almost every page (the chart's therapist, the
 * authors of assessments): one query per clinic, kept until a name, role or account of the clinic
 * changes on this instance ({@link AccountRepository} evicts), and at most {@code quadratus.staff-names.keep}
 * (default 30 s) so a change made on another app instance shows within that time.
 */
@Component
class StaffNames {

	private record Cached(Map<UUID, String> names, Instant loadedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	private final Map<UUID, Cached> byClinic = new ConcurrentHashMap<>();

	StaffNames(JdbcClient jdbc, Clock clock, @Value("${quadratus.staff-names.keep:PT30S}") Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	/** Account id to display name for every member of staff (not client accounts) of the clinic. */
	Map<UUID, String> of(UUID clinicId) {
		Instant now = clock.instant();
		Cached cached = byClinic.get(clinicId);
		if (cached == null || cached.loadedAt().plus(keep).isBefore(now)) {
			Map<UUID, String> names = new HashMap<>();
			jdbc.sql("select id, display_name from account where clinic_id = ? and role in ('OWNER','THERAPIST','RECEPTION')")
				.param(clinicId)
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
			cached = new Cached(Map.copyOf(names), now);
			byClinic.put(clinicId, cached);
		}
		return cached.names();
	}

	void evict(UUID clinicId) {
		if (clinicId != null) {
			byClinic.remove(clinicId);
		}
	}
}
