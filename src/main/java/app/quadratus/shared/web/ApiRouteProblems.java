package app.quadratus.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API path that no controller serves, or a method it does not take, is refused before any REST
 * controller is chosen, so {@link ApiProblemHandler} (which applies to REST controllers) never sees it and
 * Spring Boot would answer with its own error JSON. Under {@code /api/} these answer in problem JSON too;
 * anywhere else the exception is rethrown and pages keep their error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRouteProblems {

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noSuchEndpoint(NoResourceFoundException e, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw e;
		}
		return problem(HttpStatus.NOT_FOUND, "Not found", "No such endpoint.", request, new HttpHeaders());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw e;
		}
		HttpHeaders headers = new HttpHeaders();
		if (e.getSupportedHttpMethods() != null) {
			headers.setAllow(e.getSupportedHttpMethods());
		}
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				"This endpoint does not take " + e.getMethod() + ".", request, headers);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			HttpServletRequest request, HttpHeaders headers) {
		return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ApiProblemHandler.problemDetail(status, title, detail, URI.create(request.getRequestURI())));
	}
}
