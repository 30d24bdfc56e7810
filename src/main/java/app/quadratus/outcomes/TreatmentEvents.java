package app.quadratus.outcomes;

import java.time.Clock;

import app.quadratus.clinic.Clinics;
import app.quadratus.treatment.PlanAgreed;
import app.quadratus.treatment.SessionSigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to treatment: a signed session counts towards "every N sessions", an agreed plan's review
 * date is when "at review" measures fall due. Runs after the treatment transaction commits, from the
 * event publication registry, so a failure here is retried and never undoes the signature.
 */
@Component
class TreatmentEvents {

	private final CarePoints points;

	private final Clinics clinics;

	private final Clock clock;

	TreatmentEvents(CarePoints points, Clinics clinics, Clock clock) {
		this.points = points;
		this.clinics = clinics;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SessionSigned event) {
		points.sessionSigned(event.clinicId(), event.clientId(), event.sessionId(), event.signedAt(), clock.instant());
	}

	@ApplicationModuleListener
	void on(PlanAgreed event) {
		if (event.reviewOn() != null) {
			points.review(event.clinicId(), event.clientId(), event.planId(),
					event.reviewOn().atStartOfDay(clinics.zoneOf(event.clinicId())).toInstant(), clock.instant());
		}
	}
}
