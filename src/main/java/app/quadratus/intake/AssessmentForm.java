package app.quadratus.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodyRegion;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.intake.AssessmentFindings.RegionPain;
import app.quadratus.intake.AssessmentFindings.TestFinding;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import app.quadratus.screening.StartBack;
import app.quadratus.screening.TestResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * The assessment page's form: one row per body region, one answer per red flag and test, the factors,
 * history and palpation. Values are enum names and atlas ids; {@link #toFindings} refuses anything else.
 */
public class AssessmentForm {

	private Map<String, @Valid PainRow> pain = new LinkedHashMap<>();

	private Map<String, String> redFlags = new LinkedHashMap<>();

	private Map<String, TestRow> tests = new LinkedHashMap<>();

	private List<String> aggravatingFactors = new ArrayList<>();

	private String onsetType = OnsetType.UNKNOWN.name();

	@Min(0)
	@Max(36_500)
	private Integer durationDays;

	private boolean priorMedicalAssessment;

	@Min(0)
	@Max(9)
	private Integer startBackTotal;

	@Min(0)
	@Max(5)
	private Integer startBackDistress;

	private Map<String, String> palpation = new LinkedHashMap<>();

	@Size(max = 500)
	private String amendReason;

	/** When amending: the version the therapist opened and changed, so a stale amendment is refused. */
	private Integer baseVersion;

	/** One region of the list view: intensity 0–10 (0 or empty: no pain), quality, side and timing. */
	public static class PainRow {

		@Min(0)
		@Max(10)
		private Integer intensity;

		private String quality;

		private String side;

		private String timing;

		public Integer getIntensity() { return intensity; }
		public void setIntensity(Integer intensity) { this.intensity = intensity; }
		public String getQuality() { return quality; }
		public void setQuality(String quality) { this.quality = quality; }
		public String getSide() { return side; }
		public void setSide(String side) { this.side = side; }
		public String getTiming() { return timing; }
		public void setTiming(String timing) { this.timing = timing; }
	}

	/** One test of the battery: its result and side. */
	public static class TestRow {

		private String result = TestResult.NOT_DONE.name();

		private String side;

		public String getResult() { return result; }
		public void setResult(String result) { this.result = result; }
		public String getSide() { return side; }
		public void setSide(String side) { this.side = side; }
	}

	/** The form showing saved findings, e.g. to amend them; every region, flag and test has a row. */
	static AssessmentForm of(AssessmentFindings findings, Atlas atlas) {
		AssessmentForm form = new AssessmentForm();
		for (BodyRegion region : atlas.regions()) {
			form.pain.put(region.id(), new PainRow());
		}
		for (RegionPain mark : findings.pain()) {
			PainRow row = form.pain.get(mark.region());
			row.intensity = mark.intensity();
			row.quality = name(mark.quality());
			row.side = name(mark.side());
			row.timing = name(mark.timing());
		}
		for (RedFlag flag : RedFlag.values()) {
			form.redFlags.put(flag.id(), findings.answer(flag).name());
		}
		for (ScreeningTest test : ScreeningTest.values()) {
			TestRow row = new TestRow();
			TestFinding finding = findings.tests().get(test);
			if (finding != null) {
				row.result = finding.result().name();
				row.side = name(finding.side());
			}
			form.tests.put(test.id(), row);
		}
		findings.aggravatingFactors().forEach(f -> form.aggravatingFactors.add(f.id()));
		form.onsetType = findings.onsetType().name();
		form.durationDays = findings.durationDays();
		form.priorMedicalAssessment = findings.priorMedicalAssessment();
		if (findings.startBack() != null) {
			form.startBackTotal = findings.startBack().total();
			form.startBackDistress = findings.startBack().distress();
		}
		findings.palpation().forEach((muscle, response) -> form.palpation.put(muscle, response.name()));
		return form;
	}

	/**
	 * The findings this form holds; an id or value outside the vocabularies is rejected into errors (a
	 * tampered or stale form), never silently dropped, because dropped pain would change the screening.
	 */
	AssessmentFindings toFindings(int age, Atlas atlas, Errors errors) {
		List<RegionPain> marks = new ArrayList<>();
		pain.forEach((regionId, row) -> {
			var region = atlas.region(regionId);
			if (region.isEmpty()) {
				errors.reject("assessment.error.unknown", new Object[] { regionId }, null);
			}
			else if (row != null && row.intensity != null && row.intensity > 0 && row.intensity <= 10) {
				BodySide side = region.get().sided() ? value(BodySide.class, row.side, errors) : null;
				marks.add(new RegionPain(regionId, side, row.intensity, value(PainQuality.class, row.quality, errors),
						value(PainTiming.class, row.timing, errors)));
			}
		});
		Map<RedFlag, Answer> answers = new EnumMap<>(RedFlag.class);
		redFlags.forEach((id, answer) -> term(RedFlag.class, id, errors)
			.ifPresent(flag -> answers.put(flag, orDefault(value(Answer.class, answer, errors), Answer.UNKNOWN))));
		Map<ScreeningTest, TestFinding> results = new EnumMap<>(ScreeningTest.class);
		tests.forEach((id, row) -> term(ScreeningTest.class, id, errors).ifPresent(test -> {
			TestResult result = row == null ? null : value(TestResult.class, row.result, errors);
			if (result != null && result != TestResult.NOT_DONE) {
				results.put(test, new TestFinding(result, value(BodySide.class, row.side, errors)));
			}
		}));
		Set<AggravatingFactor> factors = EnumSet.noneOf(AggravatingFactor.class);
		aggravatingFactors.forEach(id -> term(AggravatingFactor.class, id, errors).ifPresent(factors::add));
		Map<String, PalpationResponse> palpated = new TreeMap<>();
		palpation.forEach((muscle, response) -> {
			PalpationResponse value = value(PalpationResponse.class, response, errors);
			if (atlas.muscle(muscle).isEmpty()) {
				errors.reject("assessment.error.unknown", new Object[] { muscle }, null);
			}
			else if (value != null) {
				palpated.put(muscle, value);
			}
		});
		StartBack startBack = startBackTotal == null && startBackDistress == null ? null
				: new StartBack(inRange(startBackTotal, 9), inRange(startBackDistress, 5));
		return new AssessmentFindings(age, marks, answers, results, factors,
				orDefault(value(OnsetType.class, onsetType, errors), OnsetType.UNKNOWN),
				durationDays != null && durationDays >= 0 ? durationDays : null, priorMedicalAssessment, startBack,
				palpated);
	}

	private static Integer inRange(Integer score, int max) {
		// Bean Validation reports the out-of-range value on its field; here it is simply not used.
		return score != null && score >= 0 && score <= max ? score : null;
	}

	private static <T extends Enum<T>> T value(Class<T> type, String name, Errors errors) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			errors.reject("assessment.error.unknown", new Object[] { name }, null);
			return null;
		}
	}

	private static <T extends Enum<T> & app.quadratus.atlas.Term> java.util.Optional<T> term(Class<T> type, String id,
			Errors errors) {
		var term = app.quadratus.atlas.Terms.byId(type, id);
		if (term.isEmpty()) {
			errors.reject("assessment.error.unknown", new Object[] { id }, null);
		}
		return term;
	}

	private static <T> T orDefault(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	public Map<String, PainRow> getPain() { return pain; }
	public void setPain(Map<String, PainRow> pain) { this.pain = pain; }
	public Map<String, String> getRedFlags() { return redFlags; }
	public void setRedFlags(Map<String, String> redFlags) { this.redFlags = redFlags; }
	public Map<String, TestRow> getTests() { return tests; }
	public void setTests(Map<String, TestRow> tests) { this.tests = tests; }
	public List<String> getAggravatingFactors() { return aggravatingFactors; }
	public void setAggravatingFactors(List<String> factors) { this.aggravatingFactors = factors; }
	public String getOnsetType() { return onsetType; }
	public void setOnsetType(String onsetType) { this.onsetType = onsetType; }
	public Integer getDurationDays() { return durationDays; }
	public void setDurationDays(Integer durationDays) { this.durationDays = durationDays; }
	public boolean isPriorMedicalAssessment() { return priorMedicalAssessment; }
	public void setPriorMedicalAssessment(boolean prior) { this.priorMedicalAssessment = prior; }
	public Integer getStartBackTotal() { return startBackTotal; }
	public void setStartBackTotal(Integer total) { this.startBackTotal = total; }
	public Integer getStartBackDistress() { return startBackDistress; }
	public void setStartBackDistress(Integer distress) { this.startBackDistress = distress; }
	public Map<String, String> getPalpation() { return palpation; }
	public void setPalpation(Map<String, String> palpation) { this.palpation = palpation; }
	public Integer getBaseVersion() { return baseVersion; }
	public void setBaseVersion(Integer baseVersion) { this.baseVersion = baseVersion; }
	public String getAmendReason() { return amendReason; }
	public void setAmendReason(String amendReason) { this.amendReason = amendReason; }
}
