package app.quadratus.treatment;

import java.util.List;

import app.quadratus.treatment.internal.SessionSummary;

/** A page of a client's sessions, newest first, and the cursor of the next page (null on the last). */
public record SessionPage(List<SessionSummary> items, String next) {
}
