package app.quadratus.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.quadratus.shared.OneTimeSecret;

/**
 * One-time recovery codes for a lost phone: ten per enrolment, each ten characters (about 50 bits)
 * from an alphabet without look-alikes, shown once as "xxxxx-xxxxx". Only a hash is kept, salted with
 * the account id so one table of hashes cannot serve for every account.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	private static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(LENGTH + 1);
			for (int c = 0; c < LENGTH; c++) {
				if (c == LENGTH / 2) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/** Whether what someone typed has the shape of a recovery code (spaces, hyphens and case aside). */
	static boolean looksLikeOne(String typed) {
		String code = normalise(typed);
		return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	static String hash(UUID accountId, String typed) {
		return OneTimeSecret.hash(accountId + ":" + normalise(typed));
	}

	private static String normalise(String typed) {
		return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}
}
