package app.quadratus.identity;

import java.util.UUID;

import app.quadratus.shared.security.Role;

/**
 * A member of staff as other modules see them (pickers, the chart's "therapist"). {@code locked}: sign-in
 * is paused after repeated wrong passwords (the owner can lift it).
 */
public record StaffMember(UUID id, String displayName, String email, Role role, boolean enabled, boolean activated,
		boolean locked) {
}
