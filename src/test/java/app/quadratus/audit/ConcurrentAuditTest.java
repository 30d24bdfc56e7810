package app.quadratus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Saves in one clinic at the same moment each insert a row referencing the clinic and then append to
 * its audit chain. On PostgreSQL, locking the clinic row for the chain deadlocked them; the chain head
 * has its own row now. The chain must stay one unbroken line.
 */
@WebTest
class ConcurrentAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditSealer sealer;

	@Test
	void simultaneousSavesInOneClinicAllSucceedAndKeepTheChainIntact() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> saves = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				int n = i;
				saves.add(() -> mvc.perform(post("/api/v1/clients").with(httpBasic(DemoAccounts.RECEPTION, DemoAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"givenName\":\"Rush\",\"familyName\":\"Hour" + n + "\",\"dateOfBirth\":\"1990-01-01\"}"))
					.andReturn().getResponse().getStatus());
			}
			// two more sealers race the scheduled one, as other app instances would
			List<Future<?>> sealers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sealers.add(pool.submit(() -> {
					for (int round = 0; round < 40; round++) {
						sealer.sealPending();
					}
				}));
			}
			for (Future<Integer> status : pool.invokeAll(saves)) {
				assertThat(status.get()).isEqualTo(201);
			}
			for (Future<?> running : sealers) {
				running.get();
			}
		}
		finally {
			pool.shutdown();
		}
		var owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		String page = mvc.perform(post("/audit/verify").session(owner).with(csrf())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("The log is intact");
	}
}
