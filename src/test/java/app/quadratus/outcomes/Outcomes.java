package app.quadratus.outcomes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import app.quadratus.shared.InvalidFieldException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared test helpers: the shipped instruments, answers written as JSON, and the field of a refusal. */
final class Outcomes {

	static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.shipped();

	static final OutcomeScoring SCORING = new OutcomeScoring(CATALOGUE);

	static final OutcomeInterpretation INTERPRETATION = new OutcomeInterpretation(CATALOGUE);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Outcomes() {
	}

	/** JSON with single quotes, for readable tests. */
	static JsonNode json(String singleQuoted) {
		return MAPPER.readTree(singleQuoted.replace('\'', '"'));
	}

	static Score score(OutcomeMeasure measure, String answers) {
		return SCORING.score(measure, json(answers));
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

	/** The field an InvalidFieldException names, failing the test if none is thrown. */
	static String refusedField(ThrowingCallable call) {
		String[] field = new String[1];
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class,
				e -> field[0] = e.problems().get(0).field());
		return field[0];
	}
}
