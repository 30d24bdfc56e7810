package app.quadratus.careteam.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import app.quadratus.shared.security.SharedPart;
import app.quadratus.shared.validation.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new share: with whom (a named person and their email), what, from when until when, and why. */
public class ShareForm {

	@NotBlank(message = "{careteam.share.name.required}")
	@Size(max = 200, message = "{field.tooLong}")
	@PlainText
	private String partnerName;

	@NotBlank(message = "{careteam.share.email.required}")
	@Size(max = 254, message = "{field.tooLong}")
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email.invalid}")
	private String partnerEmail;

	@NotNull(message = "{careteam.share.kind.required}")
	private PartnerKind kind = PartnerKind.PILATES;

	@NotEmpty(message = "{careteam.share.parts.required}")
	private Set<SharedPart> parts = EnumSet.of(SharedPart.GOALS, SharedPart.HOMEWORK, SharedPart.PRECAUTIONS);

	@NotBlank(message = "{careteam.share.purpose.required}")
	@Size(max = 500, message = "{field.tooLong}")
	@PlainText
	private String purpose;

	@NotNull(message = "{careteam.share.from.required}")
	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private boolean notesToPortal = true;

	@AssertTrue(message = "{careteam.share.until.beforeFrom}")
	public boolean isUntilAfterFrom() {
		return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
	}

	public String getPartnerName() { return partnerName; }
	public void setPartnerName(String v) { this.partnerName = v; }
	public String getPartnerEmail() { return partnerEmail; }
	public void setPartnerEmail(String v) { this.partnerEmail = v; }
	public PartnerKind getKind() { return kind; }
	public void setKind(PartnerKind v) { this.kind = v; }
	public Set<SharedPart> getParts() { return parts; }
	public void setParts(Set<SharedPart> v) { this.parts = v == null ? EnumSet.noneOf(SharedPart.class) : v; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String v) { this.purpose = v; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate v) { this.startsOn = v; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate v) { this.endsOn = v; }
	public boolean isNotesToPortal() { return notesToPortal; }
	public void setNotesToPortal(boolean v) { this.notesToPortal = v; }
}
