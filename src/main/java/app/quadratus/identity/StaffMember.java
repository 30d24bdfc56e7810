package app.quadratus.identity;

import java.util.UUID;

import app.quadratus.shared.security.Role;

/** A member of staff as other modules see them (pickers, the chart's "therapist"). */
public record StaffMember(UUID id, String displayName, String email, Role role, boolean enabled, boolean activated) {
}
