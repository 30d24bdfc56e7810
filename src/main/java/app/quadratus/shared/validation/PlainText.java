package app.quadratus.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters (tab and line breaks aside), no lone surrogates and no
 * noncharacters such as U+FFFF. Such characters are invisible on screen, PostgreSQL refuses U+0000, and
 * XML (so every PDF we render) refuses most of them: refused where they come in.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{field.controlCharacters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
