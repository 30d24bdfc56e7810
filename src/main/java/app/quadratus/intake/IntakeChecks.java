package app.quadratus.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.Terms;
import app.quadratus.screening.Answer;
import app.quadratus.screening.OnsetType;
import app.quadratus.shared.InvalidFieldException.FieldProblem;

/**
 * What a step must hold before it is saved, beyond Bean Validation: the words of the vocabularies (a
 * tampered page could post any), the consents the first step asks for, and an answer to every red flag.
 * Each problem names its field so the page shows it beside that field.
 */
final class IntakeChecks {

	private IntakeChecks() {
	}

	static List<FieldProblem> of(IntakeStep step, IntakeAnswers a, Atlas atlas) {
		List<FieldProblem> problems = new ArrayList<>();
		switch (step) {
			case CONTACT -> {
				if (!a.isTreatmentConsent()) {
					problems.add(new FieldProblem("treatmentConsent", "intake.consent.required"));
				}
				if (!a.isPrivacyNoticeRead()) {
					problems.add(new FieldProblem("privacyNoticeRead", "intake.privacy.required"));
				}
			}
			case HISTORY -> {
				if (a.getOnset() != null && !isEnum(OnsetType.class, a.getOnset())) {
					problems.add(new FieldProblem("onset", "intake.choose"));
				}
				if (a.getSeenDoctor() != null && !List.of("YES", "NO").contains(a.getSeenDoctor())) {
					problems.add(new FieldProblem("seenDoctor", "intake.choose"));
				}
			}
			case WORK -> a.getLoads().stream().filter(not(id -> isEnum(DailyLoad.class, id))).findFirst()
				.ifPresent(id -> problems.add(new FieldProblem("loads", "intake.choose")));
			case RED_FLAGS -> {
				for (RedFlag flag : RedFlag.values()) {
					String answer = a.getRedFlags().get(flag.id());
					if (answer == null || !isEnum(Answer.class, answer)) {
						problems.add(new FieldProblem("redFlags[" + flag.id() + "]", "intake.redFlags.answer"));
					}
				}
				a.getRedFlags().keySet().stream().filter(id -> Terms.byId(RedFlag.class, id).isEmpty()).findFirst()
					.ifPresent(id -> problems.add(new FieldProblem("redFlags", "intake.choose")));
			}
			case PAIN -> a.getPain().forEach((regionId, row) -> {
				String field = "pain[" + regionId + "]";
				if (atlas.region(regionId).isEmpty()) {
					problems.add(new FieldProblem("pain", "intake.choose"));
				}
				else if (row != null && ((row.getQuality() != null && !isEnum(PainQuality.class, row.getQuality()))
						|| (row.getSide() != null && !isEnum(BodySide.class, row.getSide()))
						|| (row.getTiming() != null && !isEnum(PainTiming.class, row.getTiming())))) {
					problems.add(new FieldProblem(field + ".quality", "intake.choose"));
				}
			});
			case WORSE_BETTER -> a.getWorseWith().stream()
				.filter(id -> Terms.byId(AggravatingFactor.class, id).isEmpty()).findFirst()
				.ifPresent(id -> problems.add(new FieldProblem("worseWith", "intake.choose")));
			default -> {
			}
		}
		return problems;
	}

	static <T extends Enum<T>> boolean isEnum(Class<T> type, String name) {
		try {
			Enum.valueOf(type, name);
			return true;
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return false;
		}
	}

	private static <T> Predicate<T> not(Predicate<T> p) {
		return p.negate();
	}
}
