package app.quadratus.shared.signed;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction appended to a signed record: why, what, by whom and when. The record itself stays as
 * it was signed.
 *
 * @param text the correction; may be null when the reason says it all
 * @param amendedBy the account that wrote it; null for seeded demo history
 */
public record Amendment(UUID id, String reason, String text, UUID amendedBy, Instant amendedAt) {
}
