package app.quadratus.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import app.quadratus.clients.Client;
import app.quadratus.clients.ClientConsents;
import app.quadratus.clients.ClientForm;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clients.ConsentKind;
import app.quadratus.clinic.Clinic;
import app.quadratus.clinic.ClinicDetailsForm;
import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.RoomForm;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import app.quadratus.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo on an empty database: a clinic in Norwich with an owner, two therapists, reception,
 * three rooms (one hired out), clients with two months of history and a client login; and a second
 * small clinic whose data the first must never see. The README lists the accounts.
 */
@Component
@ConditionalOnProperty(name = "quadratus.demo.enabled", havingValue = "true")
class DemoClinicSeeder implements ApplicationRunner {

	static final String PASSWORD = "quadratus-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoClinicSeeder.class);

	private static final int BATCH = 2_000;

	private final Clinics clinics;

	private final Accounts accounts;

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final TransactionTemplate transactions;

	private final List<DemoHistory> histories;

	private final Clock clock;

	private final int clientCount;

	DemoClinicSeeder(Clinics clinics, Accounts accounts, ClientRecords clients, ClientConsents consents,
			TransactionTemplate transactions, List<DemoHistory> histories, Clock clock, @Value("${quadratus.demo.clients:30}") int clientCount) {
		this.clinics = clinics;
		this.accounts = accounts;
		this.clients = clients;
		this.consents = consents;
		this.transactions = transactions;
		this.histories = histories.stream().sorted(java.util.Comparator.comparingInt(DemoHistory::order)).toList();
		this.clock = clock;
		this.clientCount = Math.max(30, clientCount);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (clinics.anyExists()) {
			return;
		}
		long started = System.nanoTime();
		DemoClinic norwich = transactions.execute(status -> seedNorwich());
		DemoClinic second = transactions.execute(status -> seedSecondClinic());
		for (DemoHistory history : histories) {
			history.seed(norwich);
			history.seed(second);
		}
		if (clientCount > 30) {
			seedManyClients(norwich.clinicId());
		}
		log.info("Demo clinics seeded in {} ms ({} clients in Norwich). Sign in as therapist@norwich.demo / {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), clientCount, PASSWORD);
	}

	private DemoClinic seedNorwich() {
		Clinic clinic = clinics.create(details("Quadratus Demo Clinic, Norwich", "14 Unthank Road", "Norwich", "NR2 2PA"));
		clinics.addRoom(clinic.id(), RoomForm.named("Room 1 (Wensum)", false, null));
		clinics.addRoom(clinic.id(), RoomForm.named("Room 2 (Yare)", false, null));
		clinics.addRoom(clinic.id(), RoomForm.named("Room 3 (Tas), hired out", true, 1500));
		String hash = accounts.encode(PASSWORD);
		UUID owner = accounts.createDemoAccount(clinic.id(), "owner@norwich.demo", "Helen Marsh", Role.OWNER, hash, null);
		UUID sam = accounts.createDemoAccount(clinic.id(), "therapist@norwich.demo", "Sam Okafor", Role.THERAPIST, hash, null);
		UUID priya = accounts.createDemoAccount(clinic.id(), "therapist2@norwich.demo", "Priya Shah", Role.THERAPIST, hash, null);
		accounts.createDemoAccount(clinic.id(), "reception@norwich.demo", "Jo Blyth", Role.RECEPTION, hash, null);
		Random random = new Random(20261124L);
		Instant now = clock.instant();
		List<DemoClient> seeded = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ClientForm person = DemoPeople.person(random, i);
			person.setTherapistId(i % 2 == 0 ? sam : priya);
			Instant joined = now.minus(Duration.ofDays(60 - 2L * i));
			Client client = clients.createInClinic(clinic.id(), person, joined);
			consents.grantInClinic(clinic.id(), client.id(), ConsentKind.TREATMENT, "Soft-tissue therapy", sam, joined);
			if (i % 3 == 0) {
				consents.grantInClinic(clinic.id(), client.id(), ConsentKind.MARKETING_EMAIL, null, null, joined);
			}
			seeded.add(demoClient(client, joined, now));
		}
		ClientForm demoClient = DemoPeople.person(random, 999);
		demoClient.setGivenName("Claire");
		demoClient.setFamilyName("Demo");
		demoClient.setEmail("client@norwich.demo");
		demoClient.setTherapistId(sam);
		Client claire = clients.createInClinic(clinic.id(), demoClient, now.minus(Duration.ofDays(58)));
		consents.grantInClinic(clinic.id(), claire.id(), ConsentKind.TREATMENT, "Soft-tissue therapy", sam,
				now.minus(Duration.ofDays(58)));
		accounts.createDemoAccount(clinic.id(), "client@norwich.demo", "Claire Demo", Role.CLIENT, hash, claire.id());
		seeded.add(demoClient(claire, now.minus(Duration.ofDays(58)), now));
		return new DemoClinic(clinic.id(), clinic.name(), owner, List.of(sam, priya), seeded);
	}

	private DemoClinic seedSecondClinic() {
		Clinic clinic = clinics.create(details("Second Street Clinic (demo)", "2 Second Street", "Ipswich", "IP1 1AA"));
		clinics.addRoom(clinic.id(), RoomForm.named("Treatment room", false, null));
		UUID therapist = accounts.createDemoAccount(clinic.id(), "therapist@second.demo", "Alex Second",
				Role.THERAPIST, accounts.encode(PASSWORD), null);
		Random random = new Random(2L);
		List<DemoClient> seeded = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ClientForm person = DemoPeople.person(random, 500 + i);
			person.setTherapistId(therapist);
			Instant joined = clock.instant().minus(Duration.ofDays(10 + i));
			Client client = clients.createInClinic(clinic.id(), person, joined);
			consents.grantInClinic(clinic.id(), client.id(), ConsentKind.TREATMENT, "Soft-tissue therapy", therapist, joined);
			seeded.add(demoClient(client, joined, clock.instant()));
		}
		// Same name as a Norwich client: searching must still show only one clinic's people.
		ClientForm namesake = DemoPeople.person(random, 600);
		namesake.setGivenName("Olivia");
		namesake.setFamilyName("Secondsmith");
		namesake.setTherapistId(therapist);
		clients.createInClinic(clinic.id(), namesake, clock.instant());
		return new DemoClinic(clinic.id(), clinic.name(), therapist, List.of(therapist), seeded);
	}

	private static DemoClient demoClient(Client client, Instant joined, Instant now) {
		return new DemoClient(client.id(), client.therapistId(), joined, client.givenName(), client.familyName(),
				client.ageOn(now.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
	}

	private void seedManyClients(UUID clinicId) {
		Random random = new Random(100_000L);
		Instant now = clock.instant();
		for (int done = 30; done < clientCount; done += BATCH) {
			List<ClientForm> batch = new ArrayList<>(BATCH);
			for (int i = done; i < Math.min(clientCount, done + BATCH); i++) {
				batch.add(DemoPeople.person(random, 1000 + i));
			}
			transactions.executeWithoutResult(status -> clients.importInClinic(clinicId, batch, now));
		}
	}

	private static ClinicDetailsForm details(String name, String address, String town, String postcode) {
		ClinicDetailsForm form = new ClinicDetailsForm();
		form.setName(name);
		form.setAddressLine(address);
		form.setTown(town);
		form.setPostcode(postcode);
		form.setPhone("01603 000000");
		form.setTimeZone("Europe/London");
		form.setLocale("en-GB");
		return form;
	}
}
