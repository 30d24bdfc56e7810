package app.quadratus.shared.signed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.shared.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments and "entered in error" marks of signed records, whatever their module: one mechanism for
 * plan versions, session notes (and, later, assessments). The caller has already checked the person
 * may change the record and that it is signed; the record type names the kind ("session", "plan").
 * Both tables are append-only: a mark or an amendment, once written, stays.
 */
@Component
public class SignedRecords {

	private final JdbcClient jdbc;

	SignedRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends an amendment; the reason must not be blank (the caller reports that as a field error). */
	@Transactional
	public Amendment amend(UUID clinicId, UUID clientId, String recordType, UUID recordId, String reason, String text,
			UUID by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("an amendment needs a reason");
		}
		Amendment amendment = new Amendment(UUID.randomUUID(), reason.strip(), text, by, at);
		jdbc.sql("""
				insert into record_amendment (id, clinic_id, client_id, record_type, record_id, reason, text,
				    content_sha256, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(amendment.id(), clinicId, clientId, recordType, recordId, amendment.reason(), text,
					ContentHash.of(amendment.reason(), text), by, SqlTime.of(at))
			.update();
		return amendment;
	}

	/** A record's amendments, oldest first. */
	public List<Amendment> amendments(UUID clinicId, String recordType, UUID recordId) {
		return jdbc.sql("""
				select id, reason, text, created_by, created_at from record_amendment
				where clinic_id = ? and record_type = ? and record_id = ? order by created_at, id""")
			.params(clinicId, recordType, recordId)
			.query((rs, row) -> new Amendment(rs.getObject("id", UUID.class), rs.getString("reason"),
					rs.getString("text"), rs.getObject("created_by", UUID.class),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Marks a record as entered in error: it leaves the timeline but is never deleted. Marking it
	 * twice keeps the first mark; answers whether this call made the mark.
	 */
	@Transactional
	public boolean markEnteredInError(UUID clinicId, UUID clientId, String recordType, UUID recordId, String reason,
			UUID by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("marking a record as entered in error needs a reason");
		}
		if (isEnteredInError(clinicId, recordType, recordId)) {
			return false;
		}
		try {
			jdbc.sql("""
					insert into record_entered_in_error (id, clinic_id, client_id, record_type, record_id, reason,
					    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), clinicId, clientId, recordType, recordId, reason.strip(), by, SqlTime.of(at))
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	public boolean isEnteredInError(UUID clinicId, String recordType, UUID recordId) {
		return !enteredInError(clinicId, recordType, List.of(recordId)).isEmpty();
	}

	/** Which of these records are marked as entered in error. */
	public Set<UUID> enteredInError(UUID clinicId, String recordType, Collection<UUID> recordIds) {
		if (recordIds.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("select record_id from record_entered_in_error where clinic_id = :clinic and record_type = :type"
				+ " and record_id in (:ids)")
			.param("clinic", clinicId).param("type", recordType).param("ids", recordIds)
			.query(UUID.class)
			.list().stream().collect(Collectors.toUnmodifiableSet());
	}
}
