package app.quadratus.screening;

import static app.quadratus.atlas.RedFlag.*;

import java.util.ArrayList;
import java.util.List;

/**
 * §4.6 rule 4: which serious pathologies the red-flag answers make suspect, each with the answers that
 * raised it. Suspected AAA is an emergency; the others are urgent unless emergency signs join them.
 */
record SeriousPathology(boolean aneurysm, List<String> malignancy, List<String> infection, List<String> fracture) {

	static final int MALIGNANCY_AGE = 50;

	static SeriousPathology of(ClinicalSigns signs) {
		ScreeningInput input = signs.input;
		List<String> malignancy = new ArrayList<>();
		if (signs.yes(HISTORY_OF_CANCER)) {
			malignancy.add("a history of cancer");
		}
		if (signs.yes(UNEXPLAINED_WEIGHT_LOSS) && signs.yes(CONSTANT_NIGHT_PAIN)) {
			malignancy.add("unexplained weight loss with constant night pain");
		}
		if (signs.yes(UNEXPLAINED_WEIGHT_LOSS) && input.age() >= MALIGNANCY_AGE) {
			malignancy.add("unexplained weight loss at age " + input.age());
		}
		List<String> infection = new ArrayList<>();
		if (signs.yes(FEVER_OR_SYSTEMICALLY_UNWELL)) {
			infection.add("fever or feeling systemically unwell");
		}
		if (signs.yes(IMMUNOSUPPRESSION_OR_IVDU) && signs.yes(CONSTANT_NIGHT_PAIN)) {
			infection.add("immunosuppression or injecting drug use with constant night pain");
		}
		List<String> fracture = new ArrayList<>();
		if (signs.yes(SIGNIFICANT_TRAUMA)) {
			fracture.add("significant trauma");
		}
		boolean fragileBone = signs.yes(PROLONGED_CORTICOSTEROID_USE) || signs.yes(KNOWN_OSTEOPOROSIS);
		if (fragileBone && input.onsetType() == OnsetType.SUDDEN) {
			fracture.add((signs.yes(KNOWN_OSTEOPOROSIS) ? "known osteoporosis" : "long-term steroid use")
					+ " with a sudden onset");
		}
		return new SeriousPathology(signs.yes(PULSATILE_ABDOMINAL_MASS_OR_COLLAPSE), List.copyOf(malignancy),
				List.copyOf(infection), List.copyOf(fracture));
	}

	boolean suspected() {
		return aneurysm || !malignancy.isEmpty() || !infection.isEmpty() || !fracture.isEmpty();
	}
}
