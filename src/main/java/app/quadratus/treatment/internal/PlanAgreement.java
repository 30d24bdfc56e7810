package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * The client's agreement to one version of a plan.
 *
 * @param agreedBy the name the client typed (in clinic) or their portal name
 * @param recordedBy the account that recorded it; null for demo history
 */
public record PlanAgreement(UUID planId, int version, String agreedBy, AgreementMethod method, Instant agreedAt,
		UUID recordedBy) {
}
