package app.quadratus.intake;

/** Whether the pain in a region is there all the time or comes and goes. */
public enum PainTiming {
	CONSTANT, INTERMITTENT
}
