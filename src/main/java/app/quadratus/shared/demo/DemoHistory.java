package app.quadratus.shared.demo;

/**
 * A module's part of the demo's two months of history (assessments, measures, sessions...). The demo
 * seeder calls every DemoHistory after it has created the clinics, staff and clients; nobody is
 * signed in, so implementations write through their module's own seeding methods, each in its own
 * transaction, and must be deterministic (fixed random seeds) so the demo tells the same story.
 */
public interface DemoHistory {

	/** Lower runs first. */
	default int order() {
		return 100;
	}

	void seed(DemoClinic clinic);
}
