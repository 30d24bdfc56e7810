package app.quadratus.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app, or a recovery code. */
public class TwoStepCodeForm {

	@NotBlank(message = "{twoStep.code.required}")
	@Size(max = 40, message = "{twoStep.code.wrong}")
	private String code;

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
}
