package app.quadratus.outcomes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Answers a demo client gives at the n-th fortnight of their story, built so that the published
 * scoring rules turn them into the intended course (e.g. ODI 44% falling by about 6 points a fortnight).
 */
final class DemoAnswers {

	private final OutcomesDemoHistory.Story story;

	private final Random random;

	private final int odiBaseline;

	private final int painBaseline;

	DemoAnswers(OutcomesDemoHistory.Story story, Random random) {
		this.story = story;
		this.random = random;
		this.odiBaseline = 30 + random.nextInt(20);
		this.painBaseline = 5 + random.nextInt(3);
	}

	/** The score at a step: improving falls steadily, flat wobbles, worsening climbs; kept in range. */
	private int course(int baseline, int step, int perStep, int min, int max) {
		int drift = switch (story) {
			case IMPROVING -> -perStep * step;
			case FLAT -> step == 0 ? 0 : random.nextInt(3) - 1;
			case WORSENING -> perStep * step / 2 + (step > 0 ? 1 : 0);
		};
		return Math.max(min, Math.min(max, baseline + drift));
	}

	Map<String, String> odi(int step) {
		// All ten sections answered: percent = sum × 2, so the sum is half the intended percent.
		int sum = course(odiBaseline, step, 6, 4, 90) / 2;
		String[] sections = { "pain_intensity", "personal_care", "lifting", "walking", "sitting", "standing", "sleeping",
				"sex_life", "social_life", "travelling" };
		return spread(sections, sum, 5);
	}

	Map<String, String> nprs(int step) {
		return Map.of("score", String.valueOf(course(painBaseline, step, 1, 0, 10)));
	}

	Map<String, String> lefs(int step) {
		int total = 80 - course(40, step, 8, 5, 75);
		String[] items = new String[20];
		for (int i = 0; i < 20; i++) {
			items[i] = String.valueOf(i + 1);
		}
		return spread(items, total, 4);
	}

	Map<String, String> psfs(int step) {
		int rating = 10 - course(7, step, 1, 1, 9);
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("1", String.valueOf(rating));
		answers.put("2", String.valueOf(Math.max(0, rating - 1)));
		answers.put("3", String.valueOf(Math.min(10, rating + 1)));
		return answers;
	}

	Map<String, String> startBack() {
		Map<String, String> answers = new LinkedHashMap<>();
		// Worsening stories start at high risk, improving at medium, flat at low (Keele's rule decides).
		boolean[] agree = switch (story) {
			case WORSENING -> new boolean[] { true, false, true, true, true, true, true, false };
			case IMPROVING -> new boolean[] { true, true, true, true, false, false, true, false };
			case FLAT -> new boolean[] { true, false, false, false, false, false, false, false };
		};
		for (int i = 0; i < agree.length; i++) {
			answers.put("q" + (i + 1), String.valueOf(agree[i]));
		}
		answers.put("q9", story == OutcomesDemoHistory.Story.FLAT ? "slightly" : "very_much");
		return answers;
	}

	/** Spreads a total over items, each from 0 to max, evenly with the remainder on random items. */
	private Map<String, String> spread(String[] ids, int total, int max) {
		int[] points = new int[ids.length];
		int left = Math.min(total, max * ids.length);
		for (int round = 0; left > 0; round++) {
			int i = random.nextInt(ids.length);
			if (points[i] < max && (points[i] <= round / ids.length || random.nextBoolean())) {
				points[i]++;
				left--;
			}
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < ids.length; i++) {
			answers.put(ids[i], String.valueOf(points[i]));
		}
		return answers;
	}
}
