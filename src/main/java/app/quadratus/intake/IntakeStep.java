package app.quadratus.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the client's intake before the first visit, in the order the portal asks them. Each is
 * saved on its own, so a client resumes at the step saved last.
 */
public enum IntakeStep {

	CONTACT, HISTORY, MEDICATION, WORK, RED_FLAGS, PAIN, WORSE_BETTER, GOALS, QUESTIONNAIRES, REVIEW;

	/** The step as it appears in the address, e.g. {@code red-flags}. */
	public String id() {
		return name().toLowerCase().replace('_', '-');
	}

	/** One-based, for "step 3 of 10". */
	public int number() {
		return ordinal() + 1;
	}

	public static int count() {
		return values().length;
	}

	/** The step after this one; the review is the last. */
	public IntakeStep next() {
		return this == REVIEW ? REVIEW : values()[ordinal() + 1];
	}

	/** The step before, or empty on the first. */
	public Optional<IntakeStep> previous() {
		return this == CONTACT ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	public static Optional<IntakeStep> fromId(String id) {
		return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
	}
}
