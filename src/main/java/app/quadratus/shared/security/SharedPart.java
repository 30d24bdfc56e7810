package app.quadratus.shared.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a care-team share may show its partner. Nothing else ever leaves through a share: SOAP notes,
 * assessments and screening have no part here, so no module can be asked for them as the care team.
 */
public enum SharedPart {
	GOALS, HOMEWORK, PROGRESS, SESSION_SUMMARIES, PRECAUTIONS;

	/** Stored as a comma-separated list of names; unknown names are ignored. */
	public static Set<SharedPart> parse(String names) {
		if (names == null || names.isBlank()) {
			return EnumSet.noneOf(SharedPart.class);
		}
		Set<SharedPart> parts = EnumSet.noneOf(SharedPart.class);
		for (String name : names.split(",")) {
			Arrays.stream(values()).filter(p -> p.name().equals(name.strip())).forEach(parts::add);
		}
		return parts;
	}

	public static String format(Set<SharedPart> parts) {
		return parts.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}
}
