package app.quadratus.identity;

import app.quadratus.clinic.ClinicDetailsForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** First run: the clinic and its owner's account in one form. */
public class SetupForm {

	/** The one-time code from the server's log ({@link SetupCode}). */
	@NotBlank(message = "{setup.code.required}")
	@Size(max = 40)
	private String setupCode;

	@Valid
	private ClinicDetailsForm clinic = new ClinicDetailsForm();

	@NotBlank(message = "{staff.name.required}")
	@Size(max = 200)
	private String ownerName;

	@NotBlank(message = "{field.email.required}")
	@Email(message = "{field.email.invalid}")
	private String ownerEmail;

	private String password;

	private String repeat;

	public String getSetupCode() { return setupCode; }
	public void setSetupCode(String setupCode) { this.setupCode = setupCode; }
	public ClinicDetailsForm getClinic() { return clinic; }
	public void setClinic(ClinicDetailsForm clinic) { this.clinic = clinic; }
	public String getOwnerName() { return ownerName; }
	public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
	public String getOwnerEmail() { return ownerEmail; }
	public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getRepeat() { return repeat; }
	public void setRepeat(String repeat) { this.repeat = repeat; }
}
