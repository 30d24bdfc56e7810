package app.quadratus.shared.demo;

import java.util.UUID;

/**
 * The course a demo client's history follows, one rule for every module that seeds it, so that the
 * questionnaires (outcomes) and the session log (treatment) tell the same story: every third client
 * improves clearly, every third stays flat, every third gets worse; the last client (the signed-in demo
 * client) always improves.
 */
public enum DemoCourse {

	IMPROVING, FLAT, WORSENING;

	/** The course of the client at this position of the clinic's client list. */
	public static DemoCourse of(DemoClinic clinic, int index) {
		return index == clinic.clients().size() - 1 ? IMPROVING : values()[index % 3];
	}

	/** The course of this client of the clinic; {@code IMPROVING} for a client the seeder did not create. */
	public static DemoCourse of(DemoClinic clinic, UUID clientId) {
		for (int i = 0; i < clinic.clients().size(); i++) {
			if (clinic.clients().get(i).id().equals(clientId)) {
				return of(clinic, i);
			}
		}
		return IMPROVING;
	}
}
