package app.quadratus.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;

/**
 * The demo client's pain diary: two weeks of evening entries easing from 6 to 3, so the portal's diary
 * and home have something to show. Only in the large demo clinic (the one with the demo client account).
 */
@Component
class PortalDemoHistory implements DemoHistory {

	private static final int[] PAIN = { 6, 6, 5, 6, 5, 5, 4, 5, 4, 4, 3, 4, 3, 3 };

	private static final String[] NOTES = { "Stiff after the drive to work", null, null, "Long day standing", null,
			"Stretches helped", null, null, "Slept better", null, null, "Walked the dog, fine", null, null };

	private final PainDiary diary;

	private final Clinics clinics;

	private final Clock clock;

	PortalDemoHistory(PainDiary diary, Clinics clinics, Clock clock) {
		this.diary = diary;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void seed(DemoClinic clinic) {
		if (clinic.clients().size() <= 10) {
			return;
		}
		UUID claire = clinic.clients().get(clinic.clients().size() - 1).id();
		ZoneId zone = clinics.zoneOf(clinic.clinicId());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		for (int i = 0; i < PAIN.length; i++) {
			LocalDate day = today.minusDays(PAIN.length - i);
			diary.seedInClinic(clinic.clinicId(), claire, new PainDiaryEntry(UUID.randomUUID(), day, PAIN[i], NOTES[i],
					day.atTime(20, 30).atZone(zone).toInstant()));
		}
	}
}
