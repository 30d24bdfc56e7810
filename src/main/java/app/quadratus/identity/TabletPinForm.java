package app.quadratus.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Setting the PIN that takes the tablet back from a client; the current password proves it is you. */
public class TabletPinForm {

	@NotBlank(message = "{tabletPin.password.required}")
	private String currentPassword;

	@NotBlank(message = "{tabletPin.pin.invalid}")
	@Pattern(regexp = "\\d{4,8}", message = "{tabletPin.pin.invalid}")
	private String pin;

	private String repeat;

	public String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
	public String getPin() { return pin; }
	public void setPin(String pin) { this.pin = pin; }
	public String getRepeat() { return repeat; }
	public void setRepeat(String repeat) { this.repeat = repeat; }
}
