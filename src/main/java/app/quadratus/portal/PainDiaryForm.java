package app.quadratus.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Today's entry in the pain diary. */
public class PainDiaryForm {

	@NotNull(message = "{portal.diary.pain.required}")
	@Min(value = 0, message = "{portal.diary.pain.range}")
	@Max(value = 10, message = "{portal.diary.pain.range}")
	private Integer pain;

	@Size(max = 500, message = "{field.tooLong}")
	private String note;

	public Integer getPain() {
		return pain;
	}

	public void setPain(Integer pain) {
		this.pain = pain;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
