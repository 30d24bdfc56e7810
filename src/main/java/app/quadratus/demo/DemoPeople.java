package app.quadratus.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import app.quadratus.clients.ClientForm;

/** Plausible, clearly fictional people: common UK names, 07700 900xxx numbers (Ofcom's drama range). */
final class DemoPeople {

	private static final List<String> GIVEN = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophia",
			"Lily", "Emily", "Ella", "Freya", "Poppy", "Evie", "Charlotte", "Daisy", "Alice", "Ruby", "Florence",
			"Harriet", "Margaret", "Susan", "Helen", "Janet", "Priya", "Aisha", "Zofia", "Noah", "Oliver", "George",
			"Arthur", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Thomas", "James", "William", "Henry", "Alfie",
			"David", "Peter", "Michael", "Robert", "Stephen", "Mohammed", "Ravi", "Tomasz", "Kwame", "Callum");

	private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
			"Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
			"Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "Harris", "Cooper", "King", "Baker",
			"Turner", "Hill", "Moore", "Ward", "Morris", "Hughes", "Edwards", "Howes", "Gedge", "Blyth", "Thrower",
			"Nowak", "Mensah", "Okafor", "Chen", "Murphy", "Kelly", "Fisher", "Harvey", "Bloomfield", "Spall");

	private static final List<String> OCCUPATIONS = List.of("Bus driver", "Nurse (night shifts)", "Software developer",
			"Primary school teacher", "Warehouse operative", "Hairdresser", "Retired", "Accountant", "Farmer",
			"Care worker", "Electrician", "Student", "Office manager", "Delivery driver", "Chef", "Physio assistant",
			"Carpenter", "Call-centre adviser", "Gardener", "Dental nurse");

	private static final List<String> TOWNS = List.of("Norwich", "Wymondham", "Aylsham", "Dereham", "Cromer",
			"Long Stratton", "Acle", "Diss");

	private DemoPeople() {
	}

	static ClientForm person(Random random, int serial) {
		ClientForm f = new ClientForm();
		String given = pick(random, GIVEN);
		String family = pick(random, FAMILY);
		f.setGivenName(given);
		f.setFamilyName(family);
		f.setDateOfBirth(LocalDate.of(1946 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)));
		f.setEmail(given.toLowerCase() + "." + family.toLowerCase() + serial + "@example.org");
		f.setPhone(String.format("07700 9%05d", serial % 100000));
		f.setAddressLine((1 + random.nextInt(120)) + " " + pick(random, List.of("Unthank Road", "Earlham Road",
				"Magdalen Street", "Newmarket Road", "Dereham Road", "Colegate", "Bracondale")));
		f.setTown(pick(random, TOWNS));
		f.setPostcode("NR" + (1 + random.nextInt(30)) + " " + (1 + random.nextInt(9)) + "XX");
		f.setOccupation(pick(random, OCCUPATIONS));
		f.setEmergencyContactName(pick(random, GIVEN) + " " + family);
		f.setEmergencyContactPhone(String.format("07700 9%05d", (serial + 50000) % 100000));
		f.setGpName("Dr " + pick(random, FAMILY));
		f.setGpPractice(pick(random, List.of("Rosedale Surgery", "Bowthorpe Health Centre", "Lakenham Surgery",
				"Magdalen Medical Practice", "Thorpewood Medical Group")));
		f.setPrivacyNoticeAcknowledged(true);
		return f;
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}
