package app.quadratus.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.Terms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The client's submitted intake on the first assessment: the findings it prefills, and what the page
 * shows above everything else (a red flag the client answered "yes" first, then their history, goals
 * and questionnaire scores). Later assessments start empty: the intake describes the first visit.
 */
@Component
class IntakeOnAssessment {

	private final ClientIntakes intakes;

	private final Assessments assessments;

	private final IntakePrefill prefill;

	private final RedFlagQuestions redFlags;

	IntakeOnAssessment(ClientIntakes intakes, Assessments assessments, IntakePrefill prefill,
			RedFlagQuestions redFlags) {
		this.intakes = intakes;
		this.assessments = assessments;
		this.prefill = prefill;
		this.redFlags = redFlags;
	}

	/** The prefilled findings, with the intake added to the model; empty when there is nothing to prefill. */
	Optional<AssessmentFindings> prefill(UUID clientId, int age, Model model) {
		if (assessments.count(clientId) > 0) {
			return Optional.empty();
		}
		return intakes.submittedFor(clientId).map(intake -> {
			addTo(model, intake, age, clientId);
			return prefill.findings(clientId, intake.answers(), age);
		});
	}

	void addTo(Model model, ClientIntake intake, int age, UUID clientId) {
		List<RedFlag> yes = intake.answers().redFlagsYes().stream()
			.flatMap(id -> Terms.byId(RedFlag.class, id).stream())
			.toList();
		model.addAttribute("intake", intake);
		model.addAttribute("intakeFlags", yes);
		model.addAttribute("intakeAdvice", redFlags.advice(intake.answers().getRedFlags(), age));
		model.addAttribute("intakeScores", prefill.scores(clientId));
		model.addAttribute("intakeLoads", DailyLoad.values());
	}
}
