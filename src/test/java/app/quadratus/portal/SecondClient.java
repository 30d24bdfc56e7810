package app.quadratus.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;

import app.quadratus.identity.Accounts;
import app.quadratus.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A second client of the demo clinic with a portal account, signed in (the invitation flow is PortalTest's). */
record SecondClient(UUID clientId, String email, MockHttpSession session) {

	static final String PASSWORD = "harbour kettle violet";

	static SecondClient signedIn(MockMvc mvc, JdbcClient jdbc, Accounts accounts, UUID clinicId) throws Exception {
		UUID client = jdbc.sql("""
				select id from client where clinic_id = ? and archived = false
				and id not in (select client_id from account where client_id is not null) order by id limit 1""")
			.param(clinicId).query(UUID.class).single();
		String email = "second." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		jdbc.sql("update client set email = ? where id = ?").params(email, client).update();
		accounts.createWithPassword(clinicId, email, "Second Client", Role.CLIENT, PASSWORD, client);
		var result = mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andReturn();
		return new SecondClient(client, email, (MockHttpSession) result.getRequest().getSession(false));
	}
}
