package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, appendix B: time, and the 8-digit codes for SHA-1, SHA-256 and SHA-512. */
	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void matchesTheTestVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code("HmacSHA1", SHA1_SEED, step, 8)).isEqualTo(sha1);
		assertThat(Totp.code("HmacSHA256", SHA256_SEED, step, 8)).isEqualTo(sha256);
		assertThat(Totp.code("HmacSHA512", SHA512_SEED, step, 8)).isEqualTo(sha512);
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheRfcsEightDigitOnes() {
		assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
	}

	@Test
	void acceptsOneStepEitherSideOfNowAndNoMore() {
		Instant now = Instant.ofEpochSecond(1234567890);
		long step = Totp.stepAt(now);
		for (long offset = -1; offset <= 1; offset++) {
			assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + offset), now)).hasValue(step + offset);
		}
		assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "12345", now)).isEmpty();
	}

	@Test
	void secretsAre160RandomBits() {
		assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
		assertThat(Base32.encode(Totp.newSecret())).hasSize(32).matches("[A-Z2-7]+");
	}

	/** RFC 4648, section 10, without the padding authenticator apps do not want. */
	@ParameterizedTest
	@CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32MatchesRfc4648(String text, String encoded) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		assertThat(Base32.encode(bytes)).isEqualTo(encoded);
		assertThat(Base32.decode(encoded)).isEqualTo(bytes);
		assertThat(Base32.decode(encoded.toLowerCase() + "====")).isEqualTo(bytes);
	}

	@Test
	void base32RefusesOtherCharacters() {
		assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void recoveryCodesAreTenDistinctOnesInAReadableShape() {
		var codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9a-z]{5}-[2-9a-z]{5}"))
			.allMatch(RecoveryCodes::looksLikeOne);
		assertThat(RecoveryCodes.looksLikeOne(codes.get(0).toUpperCase().replace("-", " "))).isTrue();
		assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
		var account = java.util.UUID.randomUUID();
		assertThat(RecoveryCodes.hash(account, codes.get(0))).isEqualTo(RecoveryCodes.hash(account, codes.get(0).toUpperCase()))
			.isNotEqualTo(RecoveryCodes.hash(java.util.UUID.randomUUID(), codes.get(0)));
	}
}
