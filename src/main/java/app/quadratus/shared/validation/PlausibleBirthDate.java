package app.quadratus.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date of birth no more than {@link PlausibleBirthDateValidator#MAX_AGE_YEARS} years ago: an older one
 * is a typing slip (1889 for 1989), and ages computed from it overflow the screening rules' ranges.
 * Whether it lies in the past is {@code @Past}'s job.
 */
@Documented
@Constraint(validatedBy = PlausibleBirthDateValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleBirthDate {

	String message() default "{client.dateOfBirth.tooLongAgo}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
