package app.quadratus.identity;

import jakarta.validation.constraints.NotBlank;

public class NewPasswordForm {

	@NotBlank(message = "{password.tooShort}")
	private String password;

	@NotBlank(message = "{password.repeat.required}")
	private String repeat;

	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getRepeat() { return repeat; }
	public void setRepeat(String repeat) { this.repeat = repeat; }
}
