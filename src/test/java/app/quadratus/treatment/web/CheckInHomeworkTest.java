package app.quadratus.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.quadratus.shared.HomeworkSince.Doses;
import app.quadratus.treatment.internal.HomeworkDone;
import org.junit.jupiter.api.Test;

class CheckInHomeworkTest {

	@Test
	void fourInFiveDosesIsDoneAnyIsPartlyNoneIsNotDone() {
		assertThat(CheckInHomework.answer(new Doses(10, 8))).isEqualTo(HomeworkDone.DONE);
		assertThat(CheckInHomework.answer(new Doses(10, 7))).isEqualTo(HomeworkDone.PARTLY);
		assertThat(CheckInHomework.answer(new Doses(10, 1))).isEqualTo(HomeworkDone.PARTLY);
		assertThat(CheckInHomework.answer(new Doses(10, 0))).isEqualTo(HomeworkDone.NOT);
	}
}
