package app.quadratus.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; one pass over the text. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || isPlain(value);
	}

	/** True when the text holds nothing but printable characters, tabs and line breaks. */
	public static boolean isPlain(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
				continue;
			}
			if (!isPlain(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPlain(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}
}
