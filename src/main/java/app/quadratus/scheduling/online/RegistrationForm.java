package app.quadratus.scheduling.online;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/** A new client registering while booking online. */
public class RegistrationForm {

	@NotBlank(message = "{booking.register.required}")
	@Size(max = 100, message = "{booking.register.tooLong}")
	private String givenName;

	@NotBlank(message = "{booking.register.required}")
	@Size(max = 100, message = "{booking.register.tooLong}")
	private String familyName;

	@NotNull(message = "{booking.register.required}")
	@Past(message = "{booking.register.dateOfBirthPast}")
	private LocalDate dateOfBirth;

	@NotBlank(message = "{booking.register.required}")
	@Email(message = "{booking.register.email}")
	@Size(max = 254, message = "{booking.register.tooLong}")
	private String email;

	@Size(max = 40, message = "{booking.register.tooLong}")
	private String phone;

	@NotBlank(message = "{booking.register.required}")
	@Size(max = 200, message = "{booking.register.tooLong}")
	private String password;

	@AssertTrue(message = "{booking.register.privacy}")
	private boolean privacyNoticeAcknowledged;

	public String getGivenName() { return givenName; }
	public void setGivenName(String givenName) { this.givenName = givenName; }
	public String getFamilyName() { return familyName; }
	public void setFamilyName(String familyName) { this.familyName = familyName; }
	public LocalDate getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public boolean isPrivacyNoticeAcknowledged() { return privacyNoticeAcknowledged; }
	public void setPrivacyNoticeAcknowledged(boolean privacyNoticeAcknowledged) { this.privacyNoticeAcknowledged = privacyNoticeAcknowledged; }
}
