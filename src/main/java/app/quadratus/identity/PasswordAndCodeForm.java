package app.quadratus.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Turning two-step sign-in on or off takes the password and a code (OWASP ASVS 7.5.1, PS-07). */
public class PasswordAndCodeForm {

	@NotBlank(message = "{twoStep.disable.passwordRequired}")
	@Size(max = 1000)
	private String password;

	@NotBlank(message = "{twoStep.code.required}")
	@Size(max = 40, message = "{twoStep.code.wrong}")
	private String code;

	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
}
