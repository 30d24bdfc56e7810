package app.quadratus.treatment;

import app.quadratus.treatment.internal.TriggerPointRelease;

/** A release as stored, and whether this request stored it (false for a retry with the same key). */
public record ReleaseResult(TriggerPointRelease release, boolean created) {
}
