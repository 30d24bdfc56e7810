package app.quadratus.intake;

/** What the client's work and day ask of their back (PRODUCT.md, intake: static postures, lifting). */
public enum DailyLoad {
	LONG_SITTING, LONG_STANDING, LIFTING, BENDING, TWISTING_REACHING, DRIVING, CARRYING_CARING, SCREEN_WORK
}
