package app.quadratus.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem JSON written straight to the response, for refusals made in a servlet filter or a
 * security handler, before any controller (and so {@link ApiProblemHandler}) is reached.
 */
public final class ProblemResponse {

	private ProblemResponse() {
	}

	/** Writes the problem; {@code detail} is a fixed sentence of ours (not escaped: never pass user input). */
	public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}
}
