package app.quadratus.shared.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks {@link PlausibleBirthDate} against the application's clock (a fixed one in tests). */
public class PlausibleBirthDateValidator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

	public static final int MAX_AGE_YEARS = 120;

	private final Clock clock;

	/** Outside Spring (a plain validator in a unit test): the system clock. */
	public PlausibleBirthDateValidator() {
		this(Clock.systemDefaultZone());
	}

	@Autowired
	public PlausibleBirthDateValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		return value == null || !value.isBefore(LocalDate.now(clock).minusYears(MAX_AGE_YEARS));
	}
}
