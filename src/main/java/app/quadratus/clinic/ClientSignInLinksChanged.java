package app.quadratus.clinic;

import java.util.UUID;

/** The owner allowed, or stopped, clients signing in by a one-time emailed link. */
public record ClientSignInLinksChanged(UUID clinicId, boolean allowed) {
}
