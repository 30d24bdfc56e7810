package app.quadratus.clients;

import app.quadratus.shared.SqlTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consents given and withdrawn; a withdrawal is a new fact, the grant stays on record. */
@Service
public class ClientConsents {

	private final JdbcClient jdbc;

	private final ClientRepository clients;

	private final AuditLog audit;

	private final Clock clock;

	ClientConsents(JdbcClient jdbc, ClientRepository clients, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	@StaffAccess
	public List<Consent> of(UUID clientId) {
		requireClient(clientId);
		return jdbc.sql("select * from client_consent where clinic_id = ? and client_id = ? order by granted_at desc")
			.params(CurrentUser.clinicId(), clientId)
			.query((rs, row) -> new Consent(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					ConsentKind.valueOf(rs.getString("kind")), rs.getString("scope"),
					rs.getTimestamp("granted_at").toInstant(), rs.getObject("granted_by", UUID.class),
					toInstant(rs.getTimestamp("withdrawn_at")), rs.getObject("withdrawn_by", UUID.class)))
			.list();
	}

	@StaffAccess
	@Transactional
	public void grant(UUID clientId, ConsentKind kind, String scope) {
		requireClient(clientId);
		if (scope != null && scope.length() > 300) {
			throw new app.quadratus.shared.InvalidFieldException("scope", "field.tooLong");
		}
		boolean active = of(clientId).stream().anyMatch(c -> c.kind() == kind && c.isActive());
		if (active) {
			return;
		}
		grantInClinic(CurrentUser.clinicId(), clientId, kind, scope, CurrentUser.get().accountId(), clock.instant());
		audit.record(AuditAction.CREATE, "consent", kind.name(), clientId);
	}

	/** For the demo seeder, which runs before anyone signs in. */
	@Transactional
	public void grantInClinic(UUID clinicId, UUID clientId, ConsentKind kind, String scope, UUID by, Instant at) {
		jdbc.sql("insert into client_consent (id, clinic_id, client_id, kind, scope, granted_at, granted_by) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), clinicId, clientId, kind.name(), scope, SqlTime.of(at), by)
			.update();
	}

	@StaffAccess
	@Transactional
	public void withdraw(UUID clientId, UUID consentId) {
		requireClient(clientId);
		int changed = jdbc.sql("""
				update client_consent set withdrawn_at = ?, withdrawn_by = ?
				where clinic_id = ? and client_id = ? and id = ? and withdrawn_at is null""")
			.params(SqlTime.of(clock.instant()), CurrentUser.get().accountId(), CurrentUser.clinicId(), clientId, consentId)
			.update();
		if (changed == 0) {
			throw new NotFoundException("consent");
		}
		audit.record(AuditAction.UPDATE, "consent", consentId, clientId);
	}

	/** The signed-in client's own consents, for the portal (where each can be withdrawn). Audited. */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public List<Consent> mine() {
		UUID clientId = CurrentUser.ownClientId();
		audit.record(AuditAction.VIEW, "consent", clientId, clientId);
		return of(clientId);
	}

	/**
	 * The signed-in client gives a consent themselves (e.g. to treatment, ticked in their intake before the
	 * first visit); nothing is added while the same kind is in force. Audited.
	 */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public void grantMine(ConsentKind kind, String scope) {
		UUID clientId = CurrentUser.ownClientId();
		if (of(clientId).stream().anyMatch(c -> c.kind() == kind && c.isActive())) {
			return;
		}
		grantInClinic(CurrentUser.clinicId(), clientId, kind, scope, CurrentUser.get().accountId(), clock.instant());
		audit.record(AuditAction.CREATE, "consent", kind.name(), clientId);
	}

	/** The client withdraws one of their own consents in the portal; another client's consent is "not found". */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public void withdrawMine(UUID consentId) {
		withdraw(CurrentUser.ownClientId(), consentId);
	}

	private void requireClient(UUID clientId) {
		if (!KnownClients.contains(CurrentUser.clinicId(), clientId) && !clients.exists(CurrentUser.clinicId(), clientId)) {
			throw new NotFoundException("client");
		}
	}

	private static Instant toInstant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
