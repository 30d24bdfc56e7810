package app.quadratus.operations;

import java.time.Duration;

import app.quadratus.shared.db.JobClaims;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night one instance (whichever claims the night's run in the database) backs up the embedded
 * database and deletes backups past the kept period (14 days unless quadratus.backup.keep says
 * otherwise).
 */
@Component
@ConditionalOnProperty(name = "quadratus.backup.enabled", havingValue = "true", matchIfMissing = true)
class NightlyBackup {

	static final String JOB = "h2-backup";

	private final H2Backups backups;

	private final JobClaims claims;

	NightlyBackup(H2Backups backups, JobClaims claims) {
		this.backups = backups;
		this.claims = claims;
	}

	@Scheduled(cron = "${quadratus.backup.cron:0 30 2 * * *}", zone = "UTC")
	void run() {
		// Claimed for 12 hours: the other instances, firing at the same minute, skip tonight's run.
		if (backups.embedded() && claims.claim(JOB, Duration.ofHours(12))) {
			backups.backUp();
			backups.pruneOld();
		}
	}
}
