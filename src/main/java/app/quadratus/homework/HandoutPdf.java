package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import app.quadratus.clients.Client;
import app.quadratus.clinic.Clinics;
import app.quadratus.documents.PdfRenderer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable handout of a programme: each exercise with its picture (as PNG: the PDF renderer has no
 * SVG support here), steps, dose and precautions, then the stop rules and the safety-net text. Opening
 * the programme to print it is audited by {@link HomeProgrammes#open}.
 */
@Component
class HandoutPdf {

	private final ITemplateEngine templates;

	private final Exercises exercises;

	private final Clinics clinics;

	private final Clock clock;

	HandoutPdf(ITemplateEngine templates, Exercises exercises, Clinics clinics, Clock clock) {
		this.templates = templates;
		this.exercises = exercises;
		this.clinics = clinics;
		this.clock = clock;
	}

	byte[] render(Client client, HomeProgramme programme) {
		Context context = new Context(Locale.UK);
		context.setVariable("client", client);
		context.setVariable("programme", programme);
		context.setVariable("items", items(programme, exercises::find));
		context.setVariable("clinic", clinics.find(client.clinicId()).name());
		context.setVariable("today", LocalDate.now(clock.withZone(clinics.zoneOf(client.clinicId()))));
		return PdfRenderer.render(templates.process("homework/handout-pdf", context));
	}

	/** The programme's exercises with their library entry (an exercise no longer found is left out). */
	static List<Item> items(HomeProgramme programme, Function<String, Optional<Exercise>> find) {
		List<Item> items = new ArrayList<>();
		programme.exercises().forEach(e -> find.apply(e.exerciseId()).ifPresent(x -> items.add(new Item(e, x))));
		return items;
	}

	record Item(ProgrammeExercise prescribed, Exercise exercise) {

		public String svg() {
			return ExerciseFigure.svg(exercise.pose(), exercise.name());
		}

		public String png() {
			return ExerciseFigure.pngDataUri(exercise.pose());
		}
	}
}
