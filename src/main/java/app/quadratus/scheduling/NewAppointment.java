package app.quadratus.scheduling;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A booking request (the API's body and the calendar's form): who, with whom, what, where, when. */
public record NewAppointment(@NotNull UUID clientId, @NotNull UUID therapistId, @NotNull UUID typeId,
		@NotNull UUID roomId, @NotNull OffsetDateTime start) {
}
