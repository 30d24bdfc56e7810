package app.quadratus.intake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodyRegion;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.identity.Accounts;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import app.quadratus.screening.TestResult;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the assessment templates need besides the findings: the vocabularies, drawings and names. */
@Component
class AssessmentPageModel {

	/** The cauda equina items, asked first and as "new or worse in the last 14 days". */
	static final List<RedFlag> CES_FLAGS = List.of(RedFlag.URINARY_DYSFUNCTION,
			RedFlag.SADDLE_OR_GENITAL_SENSORY_CHANGE, RedFlag.LOSS_OF_RECTAL_SENSATION_OR_FAECAL_INCONTINENCE,
			RedFlag.NEW_SEXUAL_DYSFUNCTION, RedFlag.BILATERAL_LEG_SYMPTOMS);

	/** The battery in the order it is usually done, grouped as the pattern rules read it. */
	static final Map<String, List<ScreeningTest>> TEST_GROUPS = testGroups();

	private final Atlas atlas;

	private final Accounts accounts;

	private final Map<String, List<BodyRegion>> regionsBySegment = new LinkedHashMap<>();

	AssessmentPageModel(Atlas atlas, Accounts accounts) {
		this.atlas = atlas;
		this.accounts = accounts;
		for (BodyRegion region : atlas.regions()) {
			regionsBySegment.computeIfAbsent(region.segment(), s -> new java.util.ArrayList<>()).add(region);
		}
	}

	void editor(Model model, AssessmentForm form, AssessmentFindings findings, ScreeningSnapshot screening) {
		model.addAttribute("form", form);
		model.addAttribute("age", findings.ageYears());
		model.addAttribute("regionsBySegment", regionsBySegment);
		model.addAttribute("regionLabels", regionLabels());
		model.addAttribute("cesFlags", CES_FLAGS);
		model.addAttribute("otherFlags", java.util.Arrays.stream(RedFlag.values()).filter(f -> !CES_FLAGS.contains(f)).toList());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("testGroups", TEST_GROUPS);
		model.addAttribute("results", TestResult.values());
		model.addAttribute("factors", AggravatingFactor.values());
		model.addAttribute("onsetTypes", OnsetType.values());
		model.addAttribute("qualities", PainQuality.values());
		model.addAttribute("timings", PainTiming.values());
		model.addAttribute("sides", List.of(BodySide.LEFT, BodySide.RIGHT, BodySide.BOTH));
		model.addAttribute("palpationResponses", PalpationResponse.values());
		drawingAndPanel(model, findings, screening);
	}

	void saved(Model model, AssessmentHistory history, AssessmentVersion shown) {
		model.addAttribute("history", history);
		model.addAttribute("shown", shown);
		model.addAttribute("authors", authorNames());
		model.addAttribute("cesFlags", CES_FLAGS);
		model.addAttribute("regionLabels", regionLabels());
		history.previousAssessment()
			.ifPresent(previous -> model.addAttribute("previousChart",
					BodyChartDrawing.heatMap(atlas, previous.findings().pain())));
		drawingAndPanel(model, shown.findings(), shown.screening());
	}

	private void drawingAndPanel(Model model, AssessmentFindings findings, ScreeningSnapshot screening) {
		model.addAttribute("chart", BodyChartDrawing.heatMap(atlas, findings.pain()));
		model.addAttribute("panel", ScreeningPanel.of(screening, findings.palpation(), atlas));
	}

	/** Staff names by account, read once per page rather than once per version. */
	Map<UUID, String> authorNames() {
		return accounts.staffNames();
	}

	Map<String, String> regionLabels() {
		Map<String, String> labels = new HashMap<>();
		atlas.regions().forEach(region -> labels.put(region.id(), capitalised(region.label())));
		return labels;
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static Map<String, List<ScreeningTest>> testGroups() {
		Map<String, List<ScreeningTest>> groups = new LinkedHashMap<>();
		groups.put("neural", List.of(ScreeningTest.SLR, ScreeningTest.CROSSED_SLR, ScreeningTest.SLUMP,
				ScreeningTest.FEMORAL_NERVE_TENSION));
		groups.put("deficit", List.of(ScreeningTest.DERMATOMAL_SENSATION, ScreeningTest.MYOTOMAL_STRENGTH,
				ScreeningTest.REFLEXES));
		groups.put("piriformis", List.of(ScreeningTest.FAIR, ScreeningTest.FREIBERG, ScreeningTest.PACE,
				ScreeningTest.SEATED_PIRIFORMIS_STRETCH, ScreeningTest.ACTIVE_PIRIFORMIS));
		groups.put("sij", List.of(ScreeningTest.SIJ_DISTRACTION, ScreeningTest.SIJ_THIGH_THRUST,
				ScreeningTest.SIJ_COMPRESSION, ScreeningTest.SIJ_SACRAL_THRUST, ScreeningTest.GAENSLEN));
		return java.util.Collections.unmodifiableMap(groups);
	}
}
