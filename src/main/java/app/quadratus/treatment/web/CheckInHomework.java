package app.quadratus.treatment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.HomeworkSince;
import app.quadratus.treatment.SessionRecord;
import app.quadratus.treatment.internal.HomeworkDone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The check-in's "home programme since last time", prefilled from the client's ticks since the last session
 * (or the last two weeks before a first session), through the shared {@link HomeworkSince}: treatment never
 * reads homework's tables. The therapist still confirms or changes the answer with the client.
 */
@Component
class CheckInHomework {

	static final int FIRST_SESSION_DAYS = 14;

	private final ObjectProvider<HomeworkSince> homework;

	private final Clock clock;

	CheckInHomework(ObjectProvider<HomeworkSince> homework, Clock clock) {
		this.homework = homework;
		this.clock = clock;
	}

	/** What the ticks say, in the check-in's words; empty when no module offers adherence. */
	Optional<Prefill> since(UUID clientId, Optional<SessionRecord> previous, ZoneId zone) {
		HomeworkSince source = homework.getIfAvailable();
		if (source == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate from = previous.map(p -> p.session().startedAt().atZone(zone).toLocalDate())
			.orElse(today.minusDays(FIRST_SESSION_DAYS));
		return Optional.of(source.between(clientId, from, today)
			.map(d -> new Prefill(answer(d), from, d.planned(), d.done()))
			.orElse(new Prefill(HomeworkDone.NONE_SET, from, 0, 0)));
	}

	/** Four in five doses or more is "done"; any is "partly"; none is "not done". */
	static HomeworkDone answer(HomeworkSince.Doses doses) {
		if (doses.rate() >= 0.8) {
			return HomeworkDone.DONE;
		}
		return doses.done() > 0 ? HomeworkDone.PARTLY : HomeworkDone.NOT;
	}

	record Prefill(HomeworkDone answer, LocalDate from, long planned, long done) {

		public long percent() {
			return planned == 0 ? 0 : Math.round(100.0 * done / planned);
		}
	}
}
