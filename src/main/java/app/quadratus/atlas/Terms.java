package app.quadratus.atlas;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up a vocabulary enum by its API id, e.g. {@code Terms.byId(RedFlag.class, "thoracic_pain")}. */
public final class Terms {

	private static final Map<Class<?>, Map<String, ? extends Term>> INDEX = new java.util.concurrent.ConcurrentHashMap<>();

	private Terms() {
	}

	@SuppressWarnings("unchecked")
	public static <T extends Enum<T> & Term> Optional<T> byId(Class<T> vocabulary, String id) {
		Map<String, T> index = (Map<String, T>) INDEX.computeIfAbsent(vocabulary, type -> Arrays
			.stream(vocabulary.getEnumConstants())
			.collect(Collectors.toUnmodifiableMap(Term::id, Function.identity())));
		return Optional.ofNullable(id == null ? null : index.get(id));
	}
}
