package app.quadratus.homework;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.HomeworkSince;
import org.springframework.stereotype.Component;

/** Offers adherence to the next session's check-in (treatment) through the shared {@link HomeworkSince}. */
@Component
class AdherenceForCheckIn implements HomeworkSince {

	private final Adherence adherence;

	AdherenceForCheckIn(Adherence adherence) {
		this.adherence = adherence;
	}

	@Override
	public Optional<Doses> between(UUID clientId, LocalDate from, LocalDate to) {
		AdherenceReport report = adherence.between(clientId, from, to);
		long planned = report.exercises().stream().mapToLong(ExerciseAdherence::planned).sum();
		long done = report.exercises().stream().mapToLong(e -> Math.min(e.done(), e.planned())).sum();
		return planned == 0 ? Optional.empty() : Optional.of(new Doses(planned, done));
	}
}
