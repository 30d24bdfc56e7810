package app.quadratus.clients;

import app.quadratus.shared.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every query takes the clinic id first: no method can read across clinics. */
@Repository
class ClientRepository {

	private final JdbcClient jdbc;

	ClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Client> find(UUID clinicId, UUID id) {
		return jdbc.sql("select * from client where clinic_id = ? and id = ?").params(clinicId, id)
			.query(ClientRepository::map)
			.optional();
	}

	boolean exists(UUID clinicId, UUID id) {
		return jdbc.sql("select count(*) from client where clinic_id = ? and id = ?").params(clinicId, id)
			.query(Long.class).single() > 0;
	}

	java.util.Map<UUID, String> names(UUID clinicId, java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		jdbc.sql("select id, given_name, family_name from client where clinic_id = :clinic and id in (:ids)")
			.param("clinic", clinicId).param("ids", java.util.List.copyOf(new java.util.HashSet<>(ids)))
			.query((rs, row) -> names.put(rs.getObject("id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name")))
			.list();
		return names;
	}

	List<ClientSummary> search(UUID clinicId, ClientQuery query) {
		SearchStatement search = searchStatement(clinicId, query);
		return jdbc.sql(search.sql()).params(search.params()).query(ClientRepository::mapSummary).list();
	}

	/** The search as one statement, for {@link #search} and for a test that reads its plan. */
	SearchStatement searchStatement(UUID clinicId, ClientQuery query) {
		// Each branch yields at most one page's worth in name order (an index range read in order, or a
		// top-N sort), so a common prefix never sorts thousands of rows; then only the page's rows are read.
		int wanted = query.offset() + query.limit();
		List<Object> params = new ArrayList<>();
		List<String> branches = new ArrayList<>();
		for (Branch branch : branches(clinicId, query)) {
			branches.add("select * from (" + branch.sql + " order by " + branch.order + " limit ?) b" + branches.size());
			params.addAll(branch.params);
			params.add(wanted);
		}
		params.add(query.limit());
		params.add(query.offset());
		return new SearchStatement("select c.id, c.given_name, c.family_name, c.date_of_birth, c.email, c.phone, c.therapist_id, c.archived"
				+ " from (select id, search_family, search_given from (" + String.join(" union ", branches) + ") u"
				+ " order by search_family, search_given, id limit ? offset ?) m join client c on c.id = m.id"
				+ " order by m.search_family, m.search_given, m.id", params);
	}

	record SearchStatement(String sql, List<Object> params) {
	}

	/**
	 * How many clients match. With a cap, it stops early: a UNION must collect every match to drop
	 * duplicates, but a client appears at most once per branch, so the first branches x cap rows of a
	 * UNION ALL hold at least cap distinct clients whenever there are that many. Below the cap the
	 * answer is exact; at or above it, at least cap.
	 */
	long count(UUID clinicId, ClientQuery query, Integer cap) {
		List<Branch> branches = branches(clinicId, query);
		List<Object> params = new ArrayList<>();
		branches.forEach(branch -> params.addAll(branch.params));
		List<String> selects = branches.stream().map(Branch::sql).toList();
		if (cap == null) {
			return jdbc.sql("select count(*) from (" + String.join(" union ", selects) + ") m").params(params)
				.query(Long.class).single();
		}
		// A client appears at most once per branch, so one branch with cap matches proves "cap or more":
		// each branch is counted on its own up to the cap (an index range of at most cap entries), and
		// only when none reaches it are the (fewer than branches x cap) ids merged for the exact answer.
		for (Branch branch : branches) {
			List<Object> branchParams = new ArrayList<>(branch.params);
			branchParams.add(cap);
			long count = jdbc.sql("select count(*) from (" + branch.sql + " limit ?) b").params(branchParams)
				.query(Long.class).single();
			if (count >= cap) {
				return cap;
			}
			if (branches.size() == 1) {
				return count;
			}
		}
		return jdbc.sql("select count(*) from (" + String.join(" union ", selects) + ") m").params(params)
			.query(Long.class).single();
	}

	List<ClientSummary> sameNameAndBirth(UUID clinicId, String givenName, String familyName, LocalDate dateOfBirth) {
		return jdbc.sql("""
				select id, given_name, family_name, date_of_birth, email, phone, therapist_id, archived from client
				where clinic_id = ? and search_family = ? and date_of_birth = ? and search_given = ?""")
			.params(clinicId, SearchTerms.text(familyName), dateOfBirth, SearchTerms.text(givenName))
			.query(ClientRepository::mapSummary)
			.list();
	}

	void insert(Client c, UUID by, Instant now) {
		jdbc.sql("""
				insert into client (id, clinic_id, given_name, family_name, preferred_name, date_of_birth, email, phone,
				  address_line, town, postcode, emergency_contact_name, emergency_contact_phone, gp_name, gp_practice,
				  occupation, therapist_id, privacy_notice_version, privacy_notice_acknowledged_at, archived,
				  search_given, search_family, search_email, search_phone, created_at, created_by, updated_at, updated_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(c.id(), c.clinicId(), c.givenName(), c.familyName(), c.preferredName(), c.dateOfBirth(), c.email(),
					c.phone(), c.addressLine(), c.town(), c.postcode(), c.emergencyContactName(), c.emergencyContactPhone(),
					c.gpName(), c.gpPractice(), c.occupation(), c.therapistId(), c.privacyNoticeVersion(),
					SqlTime.of(c.privacyNoticeAcknowledgedAt()), SearchTerms.text(c.givenName()),
					SearchTerms.text(c.familyName()), SearchTerms.text(c.email()), SearchTerms.phone(c.phone()), SqlTime.of(now), by,
					SqlTime.of(now), by)
			.update();
	}

	void insertAll(List<Client> batch, Instant now) {
		for (Client c : batch) {
			insert(c, null, now);
		}
	}

	/** Optimistic: false when someone else saved the client since it was read. */
	boolean update(Client c, UUID by, Instant now) {
		return jdbc.sql("""
				update client set given_name = ?, family_name = ?, preferred_name = ?, date_of_birth = ?, email = ?,
				  phone = ?, address_line = ?, town = ?, postcode = ?, emergency_contact_name = ?,
				  emergency_contact_phone = ?, gp_name = ?, gp_practice = ?, occupation = ?, therapist_id = ?,
				  privacy_notice_version = ?, privacy_notice_acknowledged_at = ?, search_given = ?, search_family = ?,
				  search_email = ?, search_phone = ?, updated_at = ?, updated_by = ?, version = version + 1
				where clinic_id = ? and id = ? and version = ?""")
			.params(c.givenName(), c.familyName(), c.preferredName(), c.dateOfBirth(), c.email(), c.phone(),
					c.addressLine(), c.town(), c.postcode(), c.emergencyContactName(), c.emergencyContactPhone(),
					c.gpName(), c.gpPractice(), c.occupation(), c.therapistId(), c.privacyNoticeVersion(),
					SqlTime.of(c.privacyNoticeAcknowledgedAt()), SearchTerms.text(c.givenName()),
					SearchTerms.text(c.familyName()), SearchTerms.text(c.email()), SearchTerms.phone(c.phone()), SqlTime.of(now), by,
					c.clinicId(), c.id(), c.version())
			.update() == 1;
	}

	void setArchived(UUID clinicId, UUID id, boolean archived, String reason, UUID by, Instant now) {
		jdbc.sql("""
				update client set archived = ?, archived_at = ?, archived_reason = ?, updated_at = ?, updated_by = ?,
				  version = version + 1 where clinic_id = ? and id = ?""")
			.params(archived, archived ? SqlTime.of(now) : null, archived ? reason : null, SqlTime.of(now), by, clinicId, id)
			.update();
	}

	/**
	 * The ways a query can match, each one range scan of one index (with the sort keys); joined by
	 * UNION. An OR across columns would make both databases read every client of the clinic.
	 */
	private static List<Branch> branches(UUID clinicId, ClientQuery query) {
		String archived = query.includeArchived() ? "" : " and archived = false";
		String select = "select id, search_family, search_given from client where clinic_id = ?" + archived;
		String[] words = query.words();
		String phone = query.phoneDigits();
		if (phone != null) {
			return List.of(new Branch(select + startsWith("search_phone"), List.of(clinicId, phone, SearchTerms.upperBound(phone))));
		}
		if (words.length >= 2) {
			// "jane smi": the given name starts with the first word and the family name with the rest;
			// or the whole text starts a family name of several words ("de la c").
			String family = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
			String whole = String.join(" ", words);
			return List.of(new Branch(select + startsWith("search_family") + startsWith("search_given"), List.of(clinicId,
					family, SearchTerms.upperBound(family), words[0], SearchTerms.upperBound(words[0]))),
					new Branch(select + startsWith("search_family"), List.of(clinicId, whole, SearchTerms.upperBound(whole))));
		}
		if (words.length == 1) {
			List<Object> range = List.of(clinicId, words[0], SearchTerms.upperBound(words[0]));
			return List.of(new Branch(select + startsWith("search_family"), range), startOf("search_given", select, clinicId, words[0]),
					startOf("search_email", select, clinicId, words[0]));
		}
		return List.of(new Branch(select, List.of(clinicId)));
	}

	/**
	 * The clients whose given name (or email) starts with {@code prefix}. Up to three characters it is
	 * one value of a column holding the first characters (V53), whose index lists its clients in name
	 * order: the first page reads a page of entries, not every "ja". Longer prefixes, and any with a
	 * character outside the Basic Multilingual Plane (which H2 counts as two and PostgreSQL as one), use a
	 * range of the column itself, whose few matches are sorted.
	 */
	private static Branch startOf(String column, String select, UUID clinicId, String prefix) {
		int length = prefix.length();
		if (length <= 3 && prefix.codePointCount(0, length) == length) {
			String first = column + "_" + length;
			return new Branch(select + " and " + first + " = ?", List.of(clinicId, prefix),
					"clinic_id, " + first + ", search_family, search_given, id");
		}
		return new Branch(select + startsWith(column), List.of(clinicId, prefix, SearchTerms.upperBound(prefix)));
	}

	private static String startsWith(String column) {
		return " and " + column + " >= ? and " + column + " < ?";
	}

	/**
	 * One way of matching and the order its index reads it in. The constant clinic_id leads the ORDER BY:
	 * H2 reads an index in order only when the ORDER BY starts with the index's first column (without it,
	 * it sorted every "smi": 2,112 rows read for 20); PostgreSQL ignores a constant sort key.
	 */
	private record Branch(String sql, List<Object> params, String order) {

		Branch(String sql, List<Object> params) {
			this(sql, params, "clinic_id, search_family, search_given, id");
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static ClientSummary mapSummary(ResultSet rs, int row) throws SQLException {
		return new ClientSummary(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"), rs.getString("phone"),
				rs.getObject("therapist_id", UUID.class), rs.getBoolean("archived"));
	}

	private static Client map(ResultSet rs, int row) throws SQLException {
		return new Client(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class), rs.getString("given_name"),
				rs.getString("family_name"), rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
				rs.getString("email"), rs.getString("phone"), rs.getString("address_line"), rs.getString("town"),
				rs.getString("postcode"), rs.getString("emergency_contact_name"), rs.getString("emergency_contact_phone"),
				rs.getString("gp_name"), rs.getString("gp_practice"), rs.getString("occupation"),
				rs.getObject("therapist_id", UUID.class), rs.getString("privacy_notice_version"),
				instant(rs, "privacy_notice_acknowledged_at"), rs.getBoolean("archived"), instant(rs, "archived_at"),
				rs.getString("archived_reason"), rs.getInt("version"));
	}
}
