package app.quadratus.clinic;

import app.quadratus.shared.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClinicRepository {

	private final JdbcClient jdbc;

	ClinicRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Clinic> find(UUID id) {
		return jdbc.sql("select * from clinic where id = ?").param(id).query(ClinicRepository::mapClinic).optional();
	}

	boolean anyExists() {
		return jdbc.sql("select count(*) from clinic").query(Long.class).single() > 0;
	}

	void insert(Clinic c, Instant now) {
		jdbc.sql("""
				insert into clinic (id, name, address_line, town, postcode, phone, email, time_zone, locale, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.name(), c.addressLine(), c.town(), c.postcode(), c.phone(), c.email(), c.timeZone().getId(),
					c.locale().toLanguageTag(), SqlTime.of(now))
			.update();
	}

	void update(Clinic c) {
		jdbc.sql("""
				update clinic set name = ?, address_line = ?, town = ?, postcode = ?, phone = ?, email = ?, time_zone = ?, locale = ?
				where id = ?""")
			.params(c.name(), c.addressLine(), c.town(), c.postcode(), c.phone(), c.email(), c.timeZone().getId(),
					c.locale().toLanguageTag(), c.id())
			.update();
	}

	boolean staffTwoStepRequired(UUID clinicId) {
		return jdbc.sql("select staff_two_step_required from clinic where id = ?").param(clinicId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setStaffTwoStepRequired(UUID clinicId, boolean required) {
		jdbc.sql("update clinic set staff_two_step_required = ? where id = ?").params(required, clinicId).update();
	}

	boolean clientSignInLinks(UUID clinicId) {
		return jdbc.sql("select client_sign_in_links from clinic where id = ?").param(clinicId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setClientSignInLinks(UUID clinicId, boolean allowed) {
		jdbc.sql("update clinic set client_sign_in_links = ? where id = ?").params(allowed, clinicId).update();
	}

	List<Room> rooms(UUID clinicId) {
		return jdbc.sql("select * from room where clinic_id = ? order by active desc, name").param(clinicId)
			.query(ClinicRepository::mapRoom)
			.list();
	}

	Optional<Room> room(UUID clinicId, UUID id) {
		return jdbc.sql("select * from room where clinic_id = ? and id = ?").params(clinicId, id)
			.query(ClinicRepository::mapRoom)
			.optional();
	}

	void insertRoom(Room r, Instant now) {
		jdbc.sql("insert into room (id, clinic_id, name, hireable, hourly_rate_pence, active, created_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.clinicId(), r.name(), r.hireable(), r.hourlyRatePence(), r.active(), SqlTime.of(now))
			.update();
	}

	void updateRoom(Room r) {
		jdbc.sql("update room set name = ?, hireable = ?, hourly_rate_pence = ?, active = ? where clinic_id = ? and id = ?")
			.params(r.name(), r.hireable(), r.hourlyRatePence(), r.active(), r.clinicId(), r.id())
			.update();
	}

	private static Clinic mapClinic(ResultSet rs, int row) throws SQLException {
		return new Clinic(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address_line"),
				rs.getString("town"), rs.getString("postcode"), rs.getString("phone"), rs.getString("email"),
				ZoneId.of(rs.getString("time_zone")), Locale.forLanguageTag(rs.getString("locale")));
	}

	private static Room mapRoom(ResultSet rs, int row) throws SQLException {
		int rate = rs.getInt("hourly_rate_pence");
		return new Room(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class), rs.getString("name"),
				rs.getBoolean("hireable"), rs.wasNull() ? null : rate, rs.getBoolean("active"));
	}
}
