package app.quadratus.shared.signed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import app.quadratus.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The next version of a versioned signed record: only on top of the latest, and only once per number. */
class SignedVersionsTest {

	@Test
	void theNextVersionFollowsTheLatestOnlyWhenTheChangeWasBasedOnIt() {
		assertThat(SignedVersions.next(3, 3, "plan.stale")).isEqualTo(4);
		assertThatThrownBy(() -> SignedVersions.next(3, 2, "plan.stale")).isInstanceOf(ConflictException.class)
			.hasMessage("plan.stale");
	}

	@Test
	void aSecondWriterOfTheSameVersionNumberIsAConflictNotAServerError() {
		AtomicInteger inserted = new AtomicInteger();
		SignedVersions.insert(inserted::incrementAndGet, "assessment.amend.stale");
		assertThat(inserted).hasValue(1);
		assertThatThrownBy(() -> SignedVersions.insert(() -> {
			throw new DuplicateKeyException("assessment_version_once");
		}, "assessment.amend.stale")).isInstanceOf(ConflictException.class).hasMessage("assessment.amend.stale");
	}
}
