package app.quadratus.treatment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One phase of a plan. The maintenance phase usually has no end date.
 *
 * @param until the last day of the phase; null when open-ended
 * @param sessionsPerWeek how often the client comes, e.g. 0.5 for every other week; may be null
 * @param description the phase in the client's words ("for general maintenance"); may be null
 */
public record PlanPhase(PlanPhaseKind phase, LocalDate until, BigDecimal sessionsPerWeek, String description) {
}
