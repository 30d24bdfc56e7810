package app.quadratus.scheduling.online;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.scheduling.OnlineBookings;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Online booking as a new client: browse without signing in, register, confirm within the clinic's
 * rules, get the confirmation with its .ics, cancel with the link; the registration throttle; the
 * waitlist where the first to confirm a freed time gets it.
 */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class OnlineBookingTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OnlineBookings online;

	private UUID clinic() {
		return demo.clinicOf(RECEPTION);
	}

	private UUID type(String name) {
		return jdbc.sql("select id from appointment_type where clinic_id = ? and name = ?").params(clinic(), name)
			.query(UUID.class).single();
	}

	/** A weekday some weeks ahead, inside the default 90-day horizon, past the demo's month of bookings. */
	private static LocalDate day(int weeks, DayOfWeek weekday) {
		return LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(weeks).with(TemporalAdjusters.next(weekday));
	}

	private OnlineBookings.OpenSlot firstSlot(UUID therapist, UUID type, LocalDate day) {
		return online.slots(clinic(), type, therapist, day, day).get(0);
	}

	private MockHttpSession register(String email, String address, OnlineBookings.OpenSlot slot, UUID type) throws Exception {
		MvcResult result = mvc.perform(post("/book/{c}/register", clinic()).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})
			.param("type", type.toString()).param("therapist", slot.therapistId().toString())
			.param("start", slot.start().toString()).param("givenName", "Nell").param("familyName", "Newcomer")
			.param("dateOfBirth", "1984-02-03").param("email", email).param("password", "a long enough passphrase 42")
			.param("privacyNoticeAcknowledged", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/book/*/confirm?**"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private List<MimeMessage> to(String email) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	@Test
	void aNewClientBooksAnInitialAssessmentGetsTheCalendarFileAndCancelsWithTheLink() throws Exception {
		UUID initial = type("Initial assessment");
		UUID priya = demo.accountId(DemoAccounts.THERAPIST2);
		LocalDate day = day(6, DayOfWeek.TUESDAY);
		mvc.perform(get("/book/{c}", clinic())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Initial assessment")));
		mvc.perform(get("/book/{c}/slots", clinic()).param("type", initial.toString()).param("from", day.toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/confirm?type=" + initial)));
		OnlineBookings.OpenSlot slot = firstSlot(priya, initial, day);
		// Anonymous: confirming needs an account.
		mvc.perform(post("/book/{c}/confirm", clinic()).with(csrf()).param("type", initial.toString())
			.param("therapist", priya.toString()).param("start", slot.start().toString()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		MockHttpSession session = register("nell.newcomer@example.org", "198.51.100.7", slot, initial);

		// A new client may not book a follow-up first (the clinic's rule).
		mvc.perform(post("/book/{c}/confirm", clinic()).session(session).with(csrf()).param("type", type("Follow-up").toString())
			.param("therapist", priya.toString()).param("start", slot.start().toString()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "booking.rule.newClients"));

		String manage = mvc.perform(post("/book/{c}/confirm", clinic()).session(session).with(csrf())
			.param("type", initial.toString()).param("therapist", priya.toString()).param("start", slot.start().toString()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/book/manage/*?booked"))
			.andReturn().getResponse().getRedirectedUrl();
		String source = jdbc.sql("""
				select a.source from appointment a join client c on c.id = a.client_id
				where c.email = 'nell.newcomer@example.org' and a.status = 'BOOKED'""").query(String.class).single();
		assertThat(source).isEqualTo("ONLINE");

		MimeMessage confirmation = to("nell.newcomer@example.org").get(0);
		MimeMultipart parts = (MimeMultipart) confirmation.getContent();
		String text = GreenMailUtil.getBody(parts.getBodyPart(0));
		assertThat(text).contains("/book/manage/").doesNotContainIgnoringCase("pain");
		BodyPart ics = parts.getBodyPart(1);
		assertThat(ics.getContentType()).startsWith("text/calendar");
		assertThat(ics.getFileName()).isEqualTo("booking.ics");
		Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.getInputStream().readAllBytes())));
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(java.time.Instant.from((java.time.temporal.TemporalAccessor) event.getDateTimeStart().getDate()))
			.isEqualTo(slot.start());

		String path = manage.replace("?booked", "");
		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Cancel this booking")));
		mvc.perform(post(path + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select a.status from appointment a join client c on c.id = a.client_id where c.email = 'nell.newcomer@example.org'""")
			.query(String.class).single()).isEqualTo("CANCELLED");
		mvc.perform(get("/book/manage/" + "x".repeat(43))).andExpect(status().isNotFound());
		// Staff see it among the new online bookings.
		mvc.perform(get("/today").session(DemoAccounts.signIn(mvc, RECEPTION)))
			.andExpect(content().string(containsString("New online bookings")));
	}

	@Test
	void registeringNeedsTheCsrfTokenAndIsThrottledPerAddress() throws Exception {
		UUID initial = type("Initial assessment");
		OnlineBookings.OpenSlot slot = firstSlot(demo.accountId(DemoAccounts.THERAPIST), initial, day(7, DayOfWeek.WEDNESDAY));
		mvc.perform(post("/book/{c}/register", clinic()).param("type", initial.toString())
			.param("therapist", slot.therapistId().toString()).param("start", slot.start().toString())
			.param("givenName", "No").param("familyName", "Token")).andExpect(status().isForbidden());
		for (int i = 0; i < 5; i++) {
			register("throttled" + i + "@example.org", "203.0.113.9", slot, initial);
		}
		mvc.perform(post("/book/{c}/register", clinic()).with(csrf()).with(r -> {
			r.setRemoteAddr("203.0.113.9");
			return r;
		}).param("type", initial.toString()).param("therapist", slot.therapistId().toString())
			.param("start", slot.start().toString()).param("givenName", "Sixth").param("familyName", "Try")
			.param("dateOfBirth", "1984-02-03").param("email", "throttled6@example.org")
			.param("password", "a long enough passphrase 42").param("privacyNoticeAcknowledged", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Too many accounts")));
		assertThat(jdbc.sql("select count(*) from client where email = 'throttled6@example.org'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aFreedTimeIsOfferedToThoseWaitingAndTheFirstToConfirmGetsIt() throws Exception {
		UUID initial = type("Initial assessment");
		UUID sam = demo.accountId(DemoAccounts.THERAPIST);
		LocalDate day = day(8, DayOfWeek.THURSDAY);
		OnlineBookings.OpenSlot slot = firstSlot(sam, initial, day);
		MockHttpSession first = register("wait.one@example.org", "198.51.100.21", slot, initial);
		MockHttpSession second = register("wait.two@example.org", "198.51.100.22", slot, initial);
		for (MockHttpSession waiting : List.of(first, second)) {
			mvc.perform(post("/book/{c}/waitlist", clinic()).session(waiting).with(csrf()).param("type", initial.toString())
				.param("therapist", sam.toString()).param("day", day.toString()))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "booking.waitlist.joined"));
		}
		// Reception books the slot for someone else, then it is cancelled: the time comes free.
		UUID other = demo.aClientOf(RECEPTION);
		String booked = mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"clientId":"%s","therapistId":"%s","typeId":"%s","roomId":"%s","start":"%s"}"""
				.formatted(other, sam, initial, slot.roomId(), slot.start())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = booked.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		mvc.perform(delete("/api/v1/appointments/{id}", id).with(httpBasic(RECEPTION, PASSWORD))).andExpect(status().isOk());

		String offerOne = offerLink("wait.one@example.org");
		String offerTwo = offerLink("wait.two@example.org");
		// Another client's offer link is not theirs.
		mvc.perform(get(offerOne).session(second)).andExpect(status().isNotFound());
		mvc.perform(post(offerTwo).session(second).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/book/manage/*?booked"));
		mvc.perform(post(offerOne).session(first).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "booking.offer.gone"));
		assertThat(jdbc.sql("""
				select c.email from appointment a join client c on c.id = a.client_id
				where a.therapist_id = ? and a.starts_at = ? and a.status = 'BOOKED'""")
			.params(sam, java.sql.Timestamp.from(slot.start())).query(String.class).list())
			.containsExactly("wait.two@example.org");
	}

	@Test
	void aClientRefusesAppointmentEmailsInThePortalAndTakesThemAgain() throws Exception {
		MockHttpSession claire = DemoAccounts.signIn(mvc, DemoAccounts.CLIENT);
		UUID clientId = jdbc.sql("select client_id from account where email = ?").param(DemoAccounts.CLIENT).query(UUID.class).single();
		mvc.perform(get("/portal/appointment-emails").session(claire)).andExpect(status().isOk())
			.andExpect(content().string(containsString("You get appointment emails.")));
		mvc.perform(post("/portal/appointment-emails").session(claire).with(csrf()).param("refuse", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from appointment_email_refusal where client_id = ?").param(clientId)
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/portal/appointment-emails").session(claire).with(csrf()).param("refuse", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from appointment_email_refusal where client_id = ?").param(clientId)
			.query(Long.class).single()).isZero();
		// Staff have no such page.
		mvc.perform(get("/portal/appointment-emails").session(DemoAccounts.signIn(mvc, RECEPTION)))
			.andExpect(status().isForbidden());
	}

	/** The offer arrives by email after the cancellation commits (an application module listener). */
	private String offerLink(String email) throws Exception {
		Pattern link = Pattern.compile("/book/offer/[A-Za-z0-9_-]{43}");
		for (int i = 0; i < 100; i++) {
			for (MimeMessage m : to(email)) {
				Matcher found = link.matcher(GreenMailUtil.getBody(m));
				if (found.find()) {
					return found.group();
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no offer emailed to " + email);
	}
}
