package app.quadratus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AuditKeyTest {

	@TempDir
	Path dataDir;

	@Test
	void withoutTheVariableAKeyIsGeneratedOnceIntoTheDataDirectoryForItsOwnerOnly() throws Exception {
		String first = fingerprint(AuditKey.load("", dataDir, false));
		Path file = dataDir.resolve(AuditKey.FILE_NAME);
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		assertThat(fingerprint(AuditKey.load(null, dataDir, true))).isEqualTo(first);
		assumeThat(Files.getFileStore(file).supportsFileAttributeView("posix")).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void theEnvironmentVariableWinsAndNothingIsWritten() {
		byte[] secret = new byte[32];
		secret[0] = 7;
		String configured = Base64.getEncoder().encodeToString(secret);
		assertThat(fingerprint(AuditKey.load(configured, dataDir, true))).isEqualTo(fingerprint(AuditKey.of(secret)));
		assertThat(dataDir.resolve(AuditKey.FILE_NAME)).doesNotExist();
	}

	@Test
	void onADatabaseServerAKeyKeptInTheDataDirectoryIsWarnedAboutButNeverLogged(CapturedOutput output) throws Exception {
		AuditKey.load("", dataDir, true);
		String secret = Files.readString(dataDir.resolve(AuditKey.FILE_NAME)).strip();
		assertThat(output.getAll()).contains("QUADRATUS_AUDIT_KEY is not set").doesNotContain(secret);
	}

	private static String fingerprint(AuditKey key) {
		AuditEntry entry = new AuditEntry(1, Instant.EPOCH, UUID.nameUUIDFromBytes(new byte[0]), null, null, null,
				AuditAction.VIEW, "chart", null, null, AuditOutcome.SUCCESS, null, null, null);
		return new AuditChain(key).seal(entry, null);
	}
}
