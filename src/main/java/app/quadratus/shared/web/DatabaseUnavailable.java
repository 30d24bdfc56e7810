package app.quadratus.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database does not answer, every request gets 503 with a problem JSON and Retry-After
 * within the pool's connection timeout (3 s), not a 500 and not a hang; the pool reconnects by itself
 * when the database is back. Runs first, so it also covers the session (Spring Session reads it from
 * the database before anything else) and sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
			+ "\"detail\":\"The database is not answering. Nothing was saved; please try again in a moment.\"}";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!causedBy(e) || response.isCommitted()) {
				throw e;
			}
			// The class only: a driver's message can quote the statement and its values.
			log.warn("Database unavailable answering {} {}: {}", request.getMethod(), request.getRequestURI(),
					e.getClass().getSimpleName());
			response.reset();
			write(response);
		}
	}

	/** True when the failure is the database being unreachable, not a bad statement or a conflict. */
	public static boolean causedBy(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// SQL state class 08 is "connection exception": e.g. the pool's "Connection is closed" when a
			// request's connection broke mid-transaction and its rollback then failed too.
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// A failed rollback replaces the exception that caused it; the cause is what tells.
			if (t instanceof TransactionSystemException failed && failed.getApplicationException() != null
					&& causedBy(failed.getApplicationException())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	static void write(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "10");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(PROBLEM);
	}
}
