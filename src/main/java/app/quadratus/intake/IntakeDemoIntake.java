package app.quadratus.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import app.quadratus.atlas.RedFlag;
import app.quadratus.screening.ScreeningInput;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;

/**
 * The demo's intake before a first visit: in the larger clinic, the second-to-last adult (never assessed:
 * the assessment stories use the first adults, the portal's stories the last client) has submitted one
 * yesterday and awaits the first assessment, so the therapist can open it prefilled.
 */
@Component
class IntakeDemoIntake implements DemoHistory {

	private final ClientIntakes intakes;

	private final Clock clock;

	IntakeDemoIntake(ClientIntakes intakes, Clock clock) {
		this.intakes = intakes;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 11;
	}

	@Override
	public void seed(DemoClinic clinic) {
		List<DemoClient> adults = clinic.clients().stream()
			.filter(c -> c.ageYears() >= ScreeningInput.MINIMUM_AGE).toList();
		if (clinic.clients().size() <= 10 || adults.size() <= IntakeDemoHistory.STORIES_SEEDED + 2) {
			return;
		}
		DemoClient client = adults.get(adults.size() - 2);
		intakes.seedSubmitted(clinic.clinicId(), client.id(), answers(), clock.instant().minus(Duration.ofHours(20)));
	}

	/** A desk worker with buttock and thigh pain on the left after a long drive, no red flags. */
	static IntakeAnswers answers() {
		IntakeAnswers a = new IntakeAnswers();
		a.setPhone("07700 900456");
		a.setEmergencyName("Sam Reed");
		a.setEmergencyPhone("07700 900457");
		a.setTreatmentConsent(true);
		a.setPrivacyNoticeRead(true);
		a.setOnset("GRADUAL");
		a.setDurationWeeks(5);
		a.setSeenDoctor("NO");
		a.setEarlierEpisodes("A stiff back after gardening two years ago; it settled in a week.");
		a.setMedication("Ibuprofen 200 mg when it is bad, about twice a week.");
		a.setOccupation("Accounts manager, mostly at a desk");
		a.setSittingHours(9);
		a.setLoads(List.of(DailyLoad.LONG_SITTING.name(), DailyLoad.DRIVING.name(), DailyLoad.SCREEN_WORK.name()));
		a.setLoadsNote("Drive 50 minutes each way to work.");
		for (RedFlag flag : RedFlag.values()) {
			a.getRedFlags().put(flag.id(), "NO");
		}
		a.getPain().put("mid_buttock", row(6, "ACHE", "LEFT", "CONSTANT"));
		a.getPain().put("posterior_thigh", row(4, "SHARP", "LEFT", "INTERMITTENT"));
		a.getPain().put("lower_lumbar", row(3, "ACHE", "BOTH", "INTERMITTENT"));
		a.setWorseWith(List.of("prolonged_sitting", "driving", "crossing_legs"));
		a.setWorse("Sitting through meetings; the drive home.");
		a.setBetter("Walking at lunchtime, a hot bath.");
		a.setGoals("Sit through a one-hour meeting and drive home without my leg aching.");
		return a;
	}

	private static IntakeAnswers.PainRow row(int intensity, String quality, String side, String timing) {
		IntakeAnswers.PainRow row = new IntakeAnswers.PainRow();
		row.setIntensity(intensity);
		row.setQuality(quality);
		row.setSide(side);
		row.setTiming(timing);
		return row;
	}
}
