package app.quadratus.treatment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans, their versions and agreements. Every query takes the clinic id first; versions and
 * agreements are only ever inserted.
 */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertPlan(UUID clinicId, UUID id, UUID clientId, UUID by, Instant at) {
		jdbc.sql("insert into treatment_plan (id, clinic_id, client_id, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(id, clinicId, clientId, by, SqlTime.of(at))
			.update();
	}

	/** The unique (plan, version) key refuses a second writer of the same number. */
	public void insertVersion(UUID clinicId, PlanVersion v) {
		jdbc.sql("""
				insert into plan_version (id, clinic_id, plan_id, client_id, version, content, review_on, content_sha256,
				    signed_by, signed_at, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.id(), clinicId, v.planId(), v.clientId(), v.version(), TreatmentJson.write(v.content()),
					v.content().reviewOn(), v.contentSha256(), v.signedBy(), SqlTime.of(v.signedAt()), v.signedBy(),
					SqlTime.of(v.signedAt()))
			.update();
	}

	public void insertAgreement(UUID clinicId, PlanAgreement a) {
		jdbc.sql("""
				insert into plan_agreement (id, clinic_id, plan_id, version, agreed_by_name, method, agreed_at, created_by,
				    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), clinicId, a.planId(), a.version(), a.agreedBy(), a.method().id(),
					SqlTime.of(a.agreedAt()), a.recordedBy(), SqlTime.of(a.agreedAt()))
			.update();
	}

	/** The plan's client, locking the plan so that revisions and agreements of it happen one at a time. */
	public Optional<UUID> lock(UUID clinicId, UUID planId) {
		return jdbc.sql("select client_id from treatment_plan where clinic_id = ? and id = ? for update")
			.params(clinicId, planId).query(UUID.class).optional();
	}

	public Optional<UUID> clientOf(UUID clinicId, UUID planId) {
		return jdbc.sql("select client_id from treatment_plan where clinic_id = ? and id = ?")
			.params(clinicId, planId).query(UUID.class).optional();
	}

	/** Every version of a plan, oldest first, each with its agreement; empty if not in this clinic. */
	public List<PlanVersion> versions(UUID clinicId, UUID planId) {
		Map<Integer, PlanAgreement> agreements = new HashMap<>();
		jdbc.sql("""
				select plan_id, version, agreed_by_name, method, agreed_at, created_by from plan_agreement
				where clinic_id = ? and plan_id = ?""")
			.params(clinicId, planId)
			.query(PlanRepository::agreement)
			.list()
			.forEach(a -> agreements.put(a.version(), a));
		List<PlanVersion> versions = new ArrayList<>();
		PlanAgreement latestAgreed = null;
		for (PlanVersion v : jdbc.sql("""
				select id, plan_id, client_id, version, content, content_sha256, signed_by, signed_at from plan_version
				where clinic_id = ? and plan_id = ? order by version""")
			.params(clinicId, planId)
			.query(PlanRepository::version)
			.list()) {
			PlanAgreement agreement = agreements.get(v.version());
			latestAgreed = agreement != null ? agreement : latestAgreed;
			versions.add(new PlanVersion(v.id(), v.planId(), v.clientId(), v.version(), v.content(), v.contentSha256(),
					v.signedBy(), v.signedAt(), agreement, latestAgreed));
		}
		return versions;
	}

	/**
	 * Each of the client's plans at its newest version, newest plan first, in one statement: the version
	 * with its agreement and the newest agreement of the plan (as {@link #versions} gives them for the last
	 * version). The client's plans by treatment_plan_by_client; each newest version and agreement by the
	 * unique (plan_id, version) keys, so the statement costs the same however many versions a plan has.
	 */
	public List<PlanVersion> latestVersions(UUID clinicId, UUID clientId) {
		return jdbc.sql("""
				select v.id, v.plan_id, v.client_id, v.version, v.content, v.content_sha256, v.signed_by, v.signed_at,
				  a.version as agreed_version, a.agreed_by_name, a.method, a.agreed_at, a.created_by as agreement_by
				from treatment_plan p
				join plan_version v on v.clinic_id = p.clinic_id and v.plan_id = p.id
				  and v.version = (select max(n.version) from plan_version n where n.clinic_id = p.clinic_id and n.plan_id = p.id)
				left join plan_agreement a on a.clinic_id = p.clinic_id and a.plan_id = p.id
				  and a.version = (select max(m.version) from plan_agreement m where m.clinic_id = p.clinic_id and m.plan_id = p.id)
				where p.clinic_id = ? and p.client_id = ?
				order by p.created_at desc, p.id""")
			.params(clinicId, clientId)
			.query((rs, row) -> {
				PlanVersion v = version(rs, row);
				int agreedVersion = rs.getInt("agreed_version");
				PlanAgreement latestAgreed = rs.wasNull() ? null
						: new PlanAgreement(v.planId(), agreedVersion, rs.getString("agreed_by_name"),
								app.quadratus.atlas.Terms.byId(AgreementMethod.class, rs.getString("method")).orElseThrow(),
								instant(rs, "agreed_at"), rs.getObject("agreement_by", UUID.class));
				PlanAgreement agreement = latestAgreed != null && latestAgreed.version() == v.version() ? latestAgreed : null;
				return new PlanVersion(v.id(), v.planId(), v.clientId(), v.version(), v.content(), v.contentSha256(),
						v.signedBy(), v.signedAt(), agreement, latestAgreed);
			})
			.list();
	}

	/** The client's plans, newest first. */
	public List<UUID> planIds(UUID clinicId, UUID clientId) {
		return jdbc.sql("select id from treatment_plan where clinic_id = ? and client_id = ? order by created_at desc, id")
			.params(clinicId, clientId).query(UUID.class).list();
	}

	private static PlanVersion version(ResultSet rs, int row) throws SQLException {
		return new PlanVersion(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getInt("version"),
				TreatmentJson.read(rs.getString("content"), PlanContent.class), rs.getString("content_sha256"),
				rs.getObject("signed_by", UUID.class), instant(rs, "signed_at"), null, null);
	}

	private static PlanAgreement agreement(ResultSet rs, int row) throws SQLException {
		return new PlanAgreement(rs.getObject("plan_id", UUID.class), rs.getInt("version"), rs.getString("agreed_by_name"),
				app.quadratus.atlas.Terms.byId(AgreementMethod.class, rs.getString("method")).orElseThrow(),
				instant(rs, "agreed_at"), rs.getObject("created_by", UUID.class));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** Of these clients, those whose plan's newest version sets a review on or before the day: one query. */
	public java.util.Set<UUID> reviewDue(UUID clinicId, java.util.Collection<UUID> clientIds, java.time.LocalDate by) {
		if (clientIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct v.client_id from plan_version v where v.clinic_id = :clinic and v.client_id in (:clients)
				and v.review_on <= :by and v.version = (select max(n.version) from plan_version n
				  where n.clinic_id = v.clinic_id and n.plan_id = v.plan_id)""")
			.param("clinic", clinicId).param("clients", java.util.List.copyOf(clientIds)).param("by", by)
			.query(UUID.class).list());
	}
}
