package app.quadratus.scheduling.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders every {@code quadratus.reminders.interval} (default five minutes). Every app
 * instance may run it: the claim in the database keeps each reminder to one email.
 */
@Component
@ConditionalOnProperty(name = "quadratus.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

	private final AppointmentReminders reminders;

	ReminderJob(AppointmentReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${quadratus.reminders.interval:PT5M}", initialDelayString = "${quadratus.reminders.interval:PT5M}")
	void run() {
		reminders.sendDue();
	}
}
