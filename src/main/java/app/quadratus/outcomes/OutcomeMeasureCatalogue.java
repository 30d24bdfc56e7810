package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import app.quadratus.shared.MeasureCatalogue;
import org.springframework.stereotype.Component;

/** The instruments as the shared kernel's {@link MeasureCatalogue}, for plan goals in treatment. */
@Component
class OutcomeMeasureCatalogue implements MeasureCatalogue {

	private final InstrumentCatalogue catalogue;

	OutcomeMeasureCatalogue(InstrumentCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<String> ids() {
		return Arrays.stream(OutcomeMeasure.values()).map(OutcomeMeasure::id).toList();
	}

	@Override
	public boolean admits(String measureId, BigDecimal score) {
		return OutcomeMeasure.fromId(measureId).map(m -> catalogue.instrument(m).scale().admits(score)).orElse(false);
	}

	@Override
	public String describe(String measureId) {
		return OutcomeMeasure.fromId(measureId).map(m -> catalogue.instrument(m).scale().describe()).orElse("");
	}
}
