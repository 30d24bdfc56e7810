package app.quadratus.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NCSC and OWASP ASVS 2.1: length (12 or more) and a check against commonly breached passwords, with
 * no composition rules. The breached list ships with the app (no network call at sign-up).
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	private final Set<String> breached;

	PasswordPolicy() {
		this.breached = load();
	}

	/** The message key of the first rule the password breaks, if any. */
	Optional<String> problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > 128) {
			return Optional.of("password.tooLong");
		}
		if (breached.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.breached");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/breached-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the breached-password list is missing from the build", e);
		}
		return words;
	}
}
