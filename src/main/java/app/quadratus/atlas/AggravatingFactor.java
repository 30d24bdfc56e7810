package app.quadratus.atlas;

/** What makes the pain worse, as the client reports it; matched against each muscle's activating activities. */
public enum AggravatingFactor implements Term {

	PROLONGED_SITTING("prolonged_sitting", "Prolonged sitting"),
	RISING_FROM_SITTING("rising_from_sitting", "Rising from sitting"),
	PROLONGED_STANDING("prolonged_standing", "Prolonged standing"),
	STANDING_UPRIGHT("standing_upright", "Standing fully upright"),
	WALKING("walking", "Walking"),
	WALKING_UPHILL_OR_STAIRS("walking_uphill_or_stairs", "Walking uphill or climbing stairs"),
	RUNNING("running", "Running"),
	BENDING_FORWARD("bending_forward", "Bending forward"),
	LIFTING("lifting", "Lifting"),
	TWISTING("twisting", "Twisting"),
	TURNING_IN_BED("turning_in_bed", "Turning over in bed"),
	LYING_ON_AFFECTED_SIDE("lying_on_affected_side", "Lying on the painful side"),
	LYING_PRONE("lying_prone", "Lying face down"),
	COUGHING_SNEEZING_STRAINING("coughing_sneezing_straining", "Coughing, sneezing or straining"),
	DRIVING("driving", "Driving"),
	CROSSING_LEGS("crossing_legs", "Sitting with legs crossed"),
	SINGLE_LEG_STANDING("single_leg_standing", "Standing on one leg"),
	SIT_UPS("sit_ups", "Sit-ups"),
	SQUATTING("squatting", "Squatting"),
	CYCLING("cycling", "Cycling"),
	FIRST_STEPS_IN_MORNING("first_steps_in_morning", "First steps in the morning"),
	ANY_MOVEMENT("any_movement", "Any movement");

	private final String id;

	private final String label;

	AggravatingFactor(String id, String label) {
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
}
