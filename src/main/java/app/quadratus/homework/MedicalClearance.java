package app.quadratus.homework;

import java.time.Instant;
import java.util.UUID;

/** A therapist's record that a referred client was cleared by a doctor, for one assessment. */
public record MedicalClearance(UUID id, UUID clientId, UUID assessmentId, String note, UUID clearedBy,
		Instant clearedAt) {
}
