package app.quadratus.screening;

import app.quadratus.shared.security.ClinicalAccess;
import org.springframework.stereotype.Service;

/**
 * The screening module's application service: evaluates findings for therapists and the owner. Stateless;
 * nothing is stored, so nothing is audited here (the record that holds the findings audits its own reads).
 */
@Service
public class Screening {

	private final ScreeningEngine engine;

	Screening(ScreeningEngine engine) {
		this.engine = engine;
	}

	@ClinicalAccess
	public ScreeningResult evaluate(ScreeningInput input) {
		return engine.evaluate(input);
	}
}
