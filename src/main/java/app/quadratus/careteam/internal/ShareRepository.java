package app.quadratus.careteam.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.SharedPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The care_share table: every query names the clinic, except the partner's own list across clinics. */
@Repository
class ShareRepository {

	private static final String COLUMNS = """
			id, clinic_id, client_id, partner_account_id, partner_name, partner_email, partner_kind, parts, purpose,
			starts_on, ends_on, notes_to_portal, granted_via, granted_by, granted_at, withdrawn_at""";

	static final int PAGE = 50;

	private final JdbcClient jdbc;

	ShareRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CareShare s) {
		jdbc.sql("insert into care_share (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.clinicId(), s.clientId(), s.partnerAccountId(), s.partnerName(), s.partnerEmail(),
					s.kind().name(), SharedPart.format(s.parts()), s.purpose(), s.startsOn(), s.endsOn(),
					s.notesToPortal(), s.grantedVia(), s.grantedBy(), SqlTime.of(s.grantedAt()),
					s.withdrawnAt() == null ? null : SqlTime.of(s.withdrawnAt()))
			.update();
	}

	Optional<CareShare> find(UUID clinicId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from care_share where clinic_id = ? and id = ?")
			.params(clinicId, id)
			.query(ShareRepository::map)
			.optional();
	}

	/** A share of this partner, whatever its clinic (the partner is not inside a clinic). */
	Optional<CareShare> findForPartner(UUID partnerAccountId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from care_share where partner_account_id = ? and id = ?")
			.params(partnerAccountId, id)
			.query(ShareRepository::map)
			.optional();
	}

	List<CareShare> forClient(UUID clinicId, UUID clientId) {
		return jdbc.sql("select " + COLUMNS + " from care_share where clinic_id = ? and client_id = ? order by granted_at desc limit ?")
			.params(clinicId, clientId, PAGE)
			.query(ShareRepository::map)
			.list();
	}

	/** The partner's shares not withdrawn (the caller keeps those live today). */
	List<CareShare> notWithdrawnForPartner(UUID partnerAccountId) {
		return jdbc.sql("select " + COLUMNS + " from care_share where partner_account_id = ? and withdrawn_at is null order by granted_at desc limit ?")
			.params(partnerAccountId, PAGE)
			.query(ShareRepository::map)
			.list();
	}

	/** The clinic's shares not withdrawn, for the owner's overview. */
	List<CareShare> notWithdrawnInClinic(UUID clinicId, int limit, int offset) {
		return jdbc.sql("select " + COLUMNS + " from care_share where clinic_id = ? and withdrawn_at is null order by client_id, granted_at desc limit ? offset ?")
			.params(clinicId, limit, offset)
			.query(ShareRepository::map)
			.list();
	}

	/** Withdraws once: false when it was already withdrawn (two clicks, two instances). */
	boolean withdraw(UUID clinicId, UUID id, UUID by, Instant at) {
		return jdbc.sql("update care_share set withdrawn_at = ?, withdrawn_by = ? where clinic_id = ? and id = ? and withdrawn_at is null")
			.params(SqlTime.of(at), by, clinicId, id)
			.update() == 1;
	}

	private static CareShare map(ResultSet rs, int n) throws SQLException {
		OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
		java.sql.Date ends = rs.getDate("ends_on");
		return new CareShare(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("partner_account_id", UUID.class),
				rs.getString("partner_name"), rs.getString("partner_email"), PartnerKind.valueOf(rs.getString("partner_kind")),
				SharedPart.parse(rs.getString("parts")), rs.getString("purpose"), rs.getDate("starts_on").toLocalDate(),
				ends == null ? null : ends.toLocalDate(), rs.getBoolean("notes_to_portal"), rs.getString("granted_via"),
				rs.getObject("granted_by", UUID.class), rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
				withdrawn == null ? null : withdrawn.toInstant());
	}
}
