package app.quadratus.treatment;

import java.util.List;

import app.quadratus.shared.signed.Amendment;
import app.quadratus.treatment.internal.TriggerPointRelease;
import app.quadratus.treatment.internal.TreatmentSession;

/** A session as read: the session, its release log and its amendments, oldest first. */
public record SessionRecord(TreatmentSession session, List<TriggerPointRelease> releases, List<Amendment> amendments,
		boolean enteredInError) {
}
