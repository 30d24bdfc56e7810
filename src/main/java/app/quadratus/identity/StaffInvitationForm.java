package app.quadratus.identity;

import app.quadratus.shared.validation.PlainText;
import app.quadratus.shared.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class StaffInvitationForm {

	@NotBlank(message = "{staff.name.required}")
	@Size(max = 200)
	@PlainText
	private String displayName;

	@NotBlank(message = "{field.email.required}")
	@Email(message = "{field.email.invalid}")
	@Size(max = 254)
	@PlainText
	private String email;

	@NotNull(message = "{staff.role.required}")
	private Role role = Role.THERAPIST;

	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
}
