package app.quadratus.scheduling.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's private iCalendar feed, read by their calendar app with a secret URL. Only the secret's
 * SHA-256 is stored; making a new one replaces it, which revokes the old URL. Events carry the time,
 * the appointment type and the room, and the client's name only if the therapist chose so; never
 * anything clinical.
 */
@Service
public class CalendarFeeds {

	/** What the feed covers: recent weeks (for the record of the day) and the months ahead. */
	static final Duration PAST = Duration.ofDays(30);

	static final Duration AHEAD = Duration.ofDays(180);

	private final FeedRepository repository;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final Clock clock;

	CalendarFeeds(FeedRepository repository, ClientRecords clients, Clinics clinics, Clock clock) {
		this.repository = repository;
		this.clients = clients;
		this.clinics = clinics;
		this.clock = clock;
	}

	public record FeedSettings(boolean active, boolean showClientNames, java.time.ZonedDateTime createdAt) {
	}

	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	public FeedSettings mine() {
		return repository.of(CurrentUser.clinicId(), CurrentUser.get().accountId())
			.map(f -> new FeedSettings(true, f.showClientNames(), f.createdAt().atZone(clinics.zoneOf(f.clinicId()))))
			.orElse(new FeedSettings(false, false, null));
	}

	/** A new secret URL for the signed-in therapist's feed; any earlier URL stops working. Returned once. */
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	@Transactional
	public String renew(boolean showClientNames) {
		String secret = OneTimeSecret.newSecret();
		repository.replace(CurrentUser.clinicId(), CurrentUser.get().accountId(), OneTimeSecret.hash(secret),
				showClientNames, clock.instant());
		return secret;
	}

	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	@Transactional
	public void revoke() {
		repository.delete(CurrentUser.clinicId(), CurrentUser.get().accountId());
	}

	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	@Transactional
	public void showClientNames(boolean show) {
		if (repository.showClientNames(CurrentUser.clinicId(), CurrentUser.get().accountId(), show) == 0) {
			throw new NotFoundException("feed");
		}
	}

	/** The feed behind a secret, as iCalendar text; an unknown or revoked secret is not found. */
	@Transactional(readOnly = true)
	public String feed(String secret) {
		if (secret == null || secret.length() != OneTimeSecret.LENGTH) {
			throw new NotFoundException("feed");
		}
		FeedRepository.Feed feed = repository.byTokenHash(OneTimeSecret.hash(secret))
			.orElseThrow(() -> new NotFoundException("feed"));
		Instant now = clock.instant();
		var booked = repository.appointments(feed.clinicId(), feed.therapistId(), now.minus(PAST), now.plus(AHEAD));
		Map<UUID, String> rooms = clinics.roomsInClinic(feed.clinicId()).stream()
			.collect(Collectors.toMap(Room::id, Room::name));
		Map<UUID, String> names = feed.showClientNames()
				? clients.namesInClinic(feed.clinicId(), booked.stream().map(FeedRepository.Booked::clientId).distinct().toList())
				: Map.of();
		String clinicName = clinics.find(feed.clinicId()).name();
		var events = booked.stream().map(b -> new CalendarEvent(b.id(), b.start(), b.end(),
				Optional.ofNullable(names.get(b.clientId())).orElse("Appointment") + " · " + b.typeName(),
				Optional.ofNullable(rooms.get(b.roomId())).map(r -> r + ", " + clinicName).orElse(clinicName),
				"CANCELLED".equals(b.status())))
			.toList();
		return CalendarFiles.write(events, true, now);
	}
}
