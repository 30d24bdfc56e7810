package app.quadratus.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome measures a clinical module may name (a plan's goal "ODI from 38 to 20"), offered by the
 * outcomes module so that modules which outcomes listens to need not depend on it.
 */
public interface MeasureCatalogue {

	/** The measure ids, e.g. {@code odi}, {@code nprs}. */
	List<String> ids();

	/** Whether a score of this measure can take this value; false for an unknown id. */
	boolean admits(String measureId, BigDecimal score);

	/** "a whole number from 0 to 50": what {@link #admits} accepts, for a field's message. */
	String describe(String measureId);
}
