package app.quadratus.treatment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.quadratus.treatment.internal.PlanGoal;
import app.quadratus.treatment.internal.PlanPhase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A plan in the client's words, for the agreement page and the printed plan: "once a week until
 * 10 January", "Your ODI score (how much back pain gets in the way of daily life) from 38 to 20".
 * Used from templates as {@code @planWords}.
 */
@Component("planWords")
public class PlanWords {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MessageSource messages;

	PlanWords(MessageSource messages) {
		this.messages = messages;
	}

	public String goal(PlanGoal goal) {
		String by = goal.by() == null ? "" : " " + msg("plan.words.by", DATE.format(goal.by()));
		return switch (goal.kind()) {
			case MEASURE -> msg("plan.words.measure", msg("plan.measure." + goal.measure()), number(goal.baseline()),
					number(goal.target())) + by;
			case ACTIVITY -> msg("plan.words.activity", goal.activity(), number(goal.baseline()), number(goal.target())) + by;
			case FREE -> goal.text() + by;
		};
	}

	public String phase(PlanPhase phase) {
		String what = phase.description() != null ? phase.description() : msg("plan.words.phase." + phase.phase().id());
		String often = phase.sessionsPerWeek() == null ? "" : " " + frequency(phase.sessionsPerWeek());
		String until = phase.until() == null ? "" : " " + msg("plan.words.until", DATE.format(phase.until()));
		return what + ":" + often + until;
	}

	/** 2 → twice a week, 1 → once a week, 0.5 → every 2 weeks, 0.25 → every 4 weeks. */
	public String frequency(BigDecimal perWeek) {
		if (perWeek.compareTo(BigDecimal.ONE) > 0) {
			return msg("plan.words.timesAWeek", number(perWeek));
		}
		if (perWeek.compareTo(BigDecimal.ONE) == 0) {
			return msg("plan.words.onceAWeek");
		}
		long weeks = Math.round(1 / perWeek.doubleValue());
		return msg("plan.words.everyWeeks", weeks);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.UK);
	}
}
