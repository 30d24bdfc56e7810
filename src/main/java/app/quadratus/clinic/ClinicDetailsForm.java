package app.quadratus.clinic;

import app.quadratus.shared.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the owner edits about their clinic; also the first step of setup. */
public class ClinicDetailsForm {

	@NotBlank(message = "{clinic.name.required}")
	@Size(max = 200)
	@PlainText
	private String name;

	@Size(max = 300)
	@PlainText
	private String addressLine;

	@Size(max = 100)
	@PlainText
	private String town;

	@Size(max = 20)
	@PlainText
	private String postcode;

	@Size(max = 40)
	@PlainText
	private String phone;

	@Email(message = "{field.email.invalid}")
	@Size(max = 254)
	@PlainText
	private String email;

	@NotBlank
	@ValidTimeZone
	private String timeZone = "Europe/London";

	@NotBlank
	private String locale = "en-GB";

	public static ClinicDetailsForm of(Clinic clinic) {
		ClinicDetailsForm form = new ClinicDetailsForm();
		form.name = clinic.name();
		form.addressLine = clinic.addressLine();
		form.town = clinic.town();
		form.postcode = clinic.postcode();
		form.phone = clinic.phone();
		form.email = clinic.email();
		form.timeZone = clinic.timeZone().getId();
		form.locale = clinic.locale().toLanguageTag();
		return form;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getAddressLine() { return addressLine; }
	public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
	public String getTown() { return town; }
	public void setTown(String town) { this.town = town; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String postcode) { this.postcode = postcode; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getTimeZone() { return timeZone; }
	public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
	public String getLocale() { return locale; }
	public void setLocale(String locale) { this.locale = locale; }
}
