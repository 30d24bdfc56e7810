package app.quadratus.screening;

import app.quadratus.atlas.Term;

/** How soon the client needs medical care, most urgent first (clinical facts §4.5). */
public enum Urgency implements Term {

	EMERGENCY_REFERRAL("emergency-referral", "Emergency referral: A&E today"),
	URGENT_REFERRAL("urgent-referral", "Urgent referral: medical contact within 24 hours"),
	ROUTINE_REFERRAL("routine-referral", "Routine referral: GP or physiotherapist"),
	TREAT("treat", "Treat, with safety-netting");

	private final String id;

	private final String label;

	Urgency(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	/** The more urgent of the two. */
	public Urgency mostUrgent(Urgency other) {
		return ordinal() <= other.ordinal() ? this : other;
	}
}
