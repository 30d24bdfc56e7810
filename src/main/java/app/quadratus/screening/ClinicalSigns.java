package app.quadratus.screening;

import static app.quadratus.atlas.ScreeningTest.*;

import java.util.List;

import app.quadratus.atlas.PainDrawing;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.atlas.Term;

/**
 * The facts the rules test, derived once from an input: which CES items are yes or still unasked, which
 * neurodynamic, piriformis-loading and SIJ tests are positive, whether there is a root deficit, and the shape
 * of the pain drawing. Lists keep vocabulary order so findings read the same whatever the input order.
 */
final class ClinicalSigns {

	/** GIRFT criteria as asked (§4.6 rule 1): the four sphincter/saddle items plus new bilateral leg symptoms. */
	static final List<RedFlag> CES_ITEMS = List.of(RedFlag.URINARY_DYSFUNCTION,
			RedFlag.SADDLE_OR_GENITAL_SENSORY_CHANGE, RedFlag.LOSS_OF_RECTAL_SENSATION_OR_FAECAL_INCONTINENCE,
			RedFlag.NEW_SEXUAL_DYSFUNCTION, RedFlag.BILATERAL_LEG_SYMPTOMS);

	static final List<ScreeningTest> NEURODYNAMIC = List.of(SLR, CROSSED_SLR, SLUMP, FEMORAL_NERVE_TENSION);

	static final List<ScreeningTest> DEFICIT_TESTS = List.of(DERMATOMAL_SENSATION, MYOTOMAL_STRENGTH, REFLEXES);

	static final List<ScreeningTest> PIRIFORMIS_LOADING = List.of(FAIR, SEATED_PIRIFORMIS_STRETCH, ACTIVE_PIRIFORMIS,
			FREIBERG, PACE);

	/** The four best Laslett tests; Gaenslen is the fifth counted in the "3 of 5" alternative. */
	static final List<ScreeningTest> LASLETT_FOUR = List.of(SIJ_DISTRACTION, SIJ_THIGH_THRUST, SIJ_COMPRESSION,
			SIJ_SACRAL_THRUST);

	final ScreeningInput input;

	final PainDrawing drawing;

	final List<RedFlag> cesCriteria;

	final List<RedFlag> cesUnanswered;

	final List<ScreeningTest> neurodynamicPositive;

	final List<ScreeningTest> deficits;

	final List<ScreeningTest> piriformisLoadingPositive;

	final List<ScreeningTest> laslettPositive;

	ClinicalSigns(ScreeningInput input) {
		this.input = input;
		this.drawing = PainDrawing.of(input.painMarks());
		this.cesCriteria = CES_ITEMS.stream().filter(input::yes).toList();
		this.cesUnanswered = CES_ITEMS.stream().filter(flag -> input.answer(flag) == Answer.UNKNOWN).toList();
		this.neurodynamicPositive = positives(NEURODYNAMIC);
		this.deficits = positives(DEFICIT_TESTS);
		this.piriformisLoadingPositive = positives(PIRIFORMIS_LOADING);
		this.laslettPositive = positives(LASLETT_FOUR);
	}

	private List<ScreeningTest> positives(List<ScreeningTest> tests) {
		return tests.stream().filter(input::positive).toList();
	}

	boolean yes(RedFlag flag) {
		return input.yes(flag);
	}

	boolean hasDeficit() {
		return !deficits.isEmpty();
	}

	/** Radicular signs: a positive neurodynamic test or a root deficit. */
	boolean hasRadicularSigns() {
		return !neurodynamicPositive.isEmpty() || hasDeficit();
	}

	/** Rule 2's "neurological finding": a root deficit or a progressive/severe motor deficit. */
	boolean hasNeurologicalFinding() {
		return hasDeficit() || yes(RedFlag.PROGRESSIVE_OR_SEVERE_MOTOR_DEFICIT);
	}

	boolean legPainBelowButtock() {
		return drawing.anyIn(RegionGroups.BELOW_BUTTOCK);
	}

	/** Rule 6: the worst buttock region is at least as intense as the worst region anywhere else. */
	boolean buttockDominant() {
		return drawing.anyIn(RegionGroups.BUTTOCK)
				&& drawing.highestIn(RegionGroups.BUTTOCK) >= drawing.highestOutside(RegionGroups.BUTTOCK);
	}

	boolean sacroiliacPain() {
		return drawing.intensity(RegionGroups.SACROILIAC) > 0;
	}

	/** Rule 7: ≥ 2 of the four Laslett tests, or ≥ 3 of those four and Gaenslen. */
	boolean sacroiliacCluster() {
		int withGaenslen = laslettPositive.size() + (input.positive(GAENSLEN) ? 1 : 0);
		return laslettPositive.size() >= 2 || withGaenslen >= 3;
	}

	/** Rule 3's exception: the SLR is positive and no other neurodynamic test is. */
	boolean slrIsOnlyNeurodynamicPositive() {
		return neurodynamicPositive.equals(List.of(SLR));
	}

	boolean durationOver(int days) {
		return input.durationDays() != null && input.durationDays() > days;
	}

	/** "Straight leg raise, Slump test": labels for a finding's text. */
	static String labels(List<? extends Term> terms) {
		return String.join(", ", terms.stream().map(Term::label).toList());
	}
}
