package app.quadratus.careteam.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.web.TimelineSource;
import org.springframework.stereotype.Component;

/** The partners' notes and letters on the client's timeline, for the therapist. */
@Component
class CareTeamTimeline implements TimelineSource {

	private final CareNotes notes;

	private final CareLetters letters;

	CareTeamTimeline(CareNotes notes, CareLetters letters) {
		this.notes = notes;
		this.letters = letters;
	}

	@Override
	public List<Entry> before(UUID clientId, Instant before, int limit) {
		List<Entry> entries = new ArrayList<>();
		for (CareNote n : notes.before(clientId, before, limit)) {
			entries.add(new Entry(n.writtenAt(), "careNote", n.id(), "/clients/" + clientId + "/care-team#note-" + n.id(),
					"timeline.careNote.detail", null, List.of(n.partnerName(), n.body())));
		}
		for (CareLetters.Letter l : letters.before(clientId, before, limit)) {
			entries.add(new Entry(l.writtenAt(), "careLetter", l.id(), "/clients/" + clientId + "/care-team",
					"timeline.careLetter.detail." + l.kind().name(), null, List.of(l.recipient())));
		}
		return entries;
	}
}
