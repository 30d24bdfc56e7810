package app.quadratus.clients;

import app.quadratus.shared.validation.PlainText;
import app.quadratus.shared.validation.PlausibleBirthDate;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The client's details as a form and as the API's request body: one set of rules for both. */
public class ClientForm {

	@NotBlank(message = "{client.givenName.required}")
	@Size(max = 100, message = "{field.tooLong}")
	@PlainText
	private String givenName;


	@NotBlank(message = "{client.familyName.required}")
	@Size(max = 100, message = "{field.tooLong}")
	@PlainText
	private String familyName;

	@Size(max = 100, message = "{field.tooLong}")
	@PlainText
	private String preferredName;

	@NotNull(message = "{client.dateOfBirth.required}")
	@Past(message = "{client.dateOfBirth.past}")
	@PlausibleBirthDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email.invalid}")
	@Size(max = 254, message = "{field.tooLong}")
	@PlainText
	private String email;

	@Pattern(regexp = "^$|^\\+?[0-9 ()\\-]{6,25}$", message = "{field.phone.invalid}")
	@PlainText
	private String phone;

	@Size(max = 300, message = "{field.tooLong}")
	@PlainText
	private String addressLine;

	@Size(max = 100, message = "{field.tooLong}")
	@PlainText
	private String town;

	@Size(max = 20, message = "{field.tooLong}")
	@PlainText
	private String postcode;

	@Size(max = 200, message = "{field.tooLong}")
	@PlainText
	private String emergencyContactName;

	@Pattern(regexp = "^$|^\\+?[0-9 ()\\-]{6,25}$", message = "{field.phone.invalid}")
	@PlainText
	private String emergencyContactPhone;

	@Size(max = 200, message = "{field.tooLong}")
	@PlainText
	private String gpName;

	@Size(max = 200, message = "{field.tooLong}")
	@PlainText
	private String gpPractice;

	@Size(max = 200, message = "{field.tooLong}")
	@PlainText
	private String occupation;

	private UUID therapistId;

	/**
	 * The client has been given (and acknowledged) the clinic's privacy notice. Null (an API caller that
	 * does not send it) leaves the record as it is.
	 */
	private Boolean privacyNoticeAcknowledged;

	/** The version the person edited, so that saving over someone else's change is refused. */
	private Integer version;

	/** Set when the therapist has seen the "possible duplicate" warning and creates the client anyway. */
	private boolean duplicateConfirmed;

	public static ClientForm of(Client c) {
		ClientForm f = new ClientForm();
		f.givenName = c.givenName();
		f.familyName = c.familyName();
		f.preferredName = c.preferredName();
		f.dateOfBirth = c.dateOfBirth();
		f.email = c.email();
		f.phone = c.phone();
		f.addressLine = c.addressLine();
		f.town = c.town();
		f.postcode = c.postcode();
		f.emergencyContactName = c.emergencyContactName();
		f.emergencyContactPhone = c.emergencyContactPhone();
		f.gpName = c.gpName();
		f.gpPractice = c.gpPractice();
		f.occupation = c.occupation();
		f.therapistId = c.therapistId();
		f.privacyNoticeAcknowledged = c.privacyNoticeAcknowledgedAt() != null;
		f.version = c.version();
		return f;
	}

	public String getGivenName() { return givenName; }
	public void setGivenName(String v) { this.givenName = v; }
	public String getFamilyName() { return familyName; }
	public void setFamilyName(String v) { this.familyName = v; }
	public String getPreferredName() { return preferredName; }
	public void setPreferredName(String v) { this.preferredName = v; }
	public LocalDate getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(LocalDate v) { this.dateOfBirth = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { this.email = v; }
	public String getPhone() { return phone; }
	public void setPhone(String v) { this.phone = v; }
	public String getAddressLine() { return addressLine; }
	public void setAddressLine(String v) { this.addressLine = v; }
	public String getTown() { return town; }
	public void setTown(String v) { this.town = v; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String v) { this.postcode = v; }
	public String getEmergencyContactName() { return emergencyContactName; }
	public void setEmergencyContactName(String v) { this.emergencyContactName = v; }
	public String getEmergencyContactPhone() { return emergencyContactPhone; }
	public void setEmergencyContactPhone(String v) { this.emergencyContactPhone = v; }
	public String getGpName() { return gpName; }
	public void setGpName(String v) { this.gpName = v; }
	public String getGpPractice() { return gpPractice; }
	public void setGpPractice(String v) { this.gpPractice = v; }
	public String getOccupation() { return occupation; }
	public void setOccupation(String v) { this.occupation = v; }
	public UUID getTherapistId() { return therapistId; }
	public void setTherapistId(UUID v) { this.therapistId = v; }
	public Boolean getPrivacyNoticeAcknowledged() { return privacyNoticeAcknowledged; }
	public void setPrivacyNoticeAcknowledged(Boolean v) { this.privacyNoticeAcknowledged = v; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer v) { this.version = v; }
	public boolean isDuplicateConfirmed() { return duplicateConfirmed; }
	public void setDuplicateConfirmed(boolean v) { this.duplicateConfirmed = v; }
}
