package app.quadratus.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.quadratus.homework.AdherenceFlags;
import app.quadratus.outcomes.OutcomeMeasure;
import app.quadratus.outcomes.QuestionnairesDue;
import app.quadratus.treatment.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * What is due for the clients of a day list, asked of each clinical module once for the whole list
 * through its published batch API: treatment's plan reviews, outcomes' questionnaires (the chart's
 * "due now" rule), homework's adherence flag (the chart's: under half of the planned doses over the
 * last two weeks). Scheduling depends on them; they know nothing of scheduling.
 */
@Component
class DueFlags {

	private final TreatmentPlans plans;

	private final QuestionnairesDue questionnaires;

	private final AdherenceFlags adherence;

	DueFlags(TreatmentPlans plans, QuestionnairesDue questionnaires, AdherenceFlags adherence) {
		this.plans = plans;
		this.questionnaires = questionnaires;
		this.adherence = adherence;
	}

	/** The flags of a day list, by client. */
	record Due(Set<UUID> review, Map<UUID, List<OutcomeMeasure>> questionnaires, Set<UUID> lowAdherence) {

		static final Due NONE = new Due(Set.of(), Map.of(), Set.of());
	}

	/** For clinical staff only (the modules' APIs refuse anyone else). */
	Due forDay(Collection<UUID> clientIds, LocalDate day) {
		Set<UUID> clients = Set.copyOf(clientIds);
		if (clients.isEmpty()) {
			return Due.NONE;
		}
		return new Due(plans.reviewsDue(clients, day), questionnaires.forClients(clients), adherence.lowAdherence(clients));
	}
}
