package app.quadratus.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a client agrees a version of their treatment plan. Carries ids and dates only, never
 * clinical content.
 *
 * @param reviewOn the plan's next review date; null when the plan sets none
 */
public record PlanAgreed(UUID clinicId, UUID clientId, UUID planId, int version, LocalDate reviewOn, Instant agreedAt) {
}
