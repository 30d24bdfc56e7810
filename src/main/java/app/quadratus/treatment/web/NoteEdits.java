package app.quadratus.treatment.web;

import java.util.HashMap;
import java.util.Map;

import app.quadratus.treatment.internal.SoapNote;
import org.springframework.util.MultiValueMap;

/**
 * The finish page's note: the draft written from the session's entries, with the parts the therapist
 * edited. A part counts as edited when its text differs from the draft the page showed (sent back in a
 * hidden field): an untouched part keeps following the entries, so a release another tab adds still
 * reaches the note, and clearing a part gives it back to the draft. The assessment is drafted from the pain
 * after and the goals chosen on the same page, so its box starts empty unless it was edited before.
 *
 * @param subjective the edited text, or null when the draft stands (likewise for each part)
 * @param plan the one optional sentence of next steps
 */
record NoteEdits(String subjective, String objective, String assessment, String plan) {

	static final int MAX_PART = 8000;

	static NoteEdits from(MultiValueMap<String, String> params) {
		return new NoteEdits(edited(params, "subjective"), edited(params, "objective"), edited(params, "assessment"),
				text(params.getFirst("sentence")));
	}

	/** What the page shows: each part as stored if it was edited, else as drafted now (the assessment: empty). */
	static SoapNote shown(SoapNote stored, SoapNote draft) {
		return new SoapNote(or(stored.subjective(), draft.subjective()), or(stored.objective(), draft.objective()),
				stored.assessment(), stored.plan());
	}

	/** Message keys of parts too long, by field name. */
	Map<String, String> errors() {
		Map<String, String> errors = new HashMap<>();
		check(errors, "note.subjective", subjective);
		check(errors, "note.objective", objective);
		check(errors, "note.assessment", assessment);
		if (plan != null && plan.length() > SessionPageController.MAX_SENTENCE) {
			errors.put("sentence", "session.sentence.tooLong");
		}
		return errors;
	}

	/** The note kept while the session is a draft: only what the therapist wrote. */
	SoapNote kept() {
		return new SoapNote(subjective, objective, assessment, plan);
	}

	/** The note signed: what the therapist wrote, the rest as drafted from the entries. */
	SoapNote over(SoapNote draft) {
		return new SoapNote(or(subjective, draft.subjective()), or(objective, draft.objective()),
				or(assessment, draft.assessment()), or(plan, draft.plan()));
	}

	private static String edited(MultiValueMap<String, String> params, String part) {
		String text = text(params.getFirst("note." + part));
		String drafted = text(params.getFirst("drafted." + part));
		return text == null || text.equals(drafted) ? null : text;
	}

	private static void check(Map<String, String> errors, String field, String text) {
		if (text != null && text.length() > MAX_PART) {
			errors.put(field, "session.note.tooLong");
		}
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
	}

	private static String or(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}
}
