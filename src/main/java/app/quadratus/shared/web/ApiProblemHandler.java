package app.quadratus.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.AccessRefused;
import app.quadratus.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of a REST controller into RFC 9457 problem JSON. Bad input names its fields in
 * {@code errors} (and the first in {@code field}); nothing internal (exception messages, stack traces)
 * is ever written out.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;

	private static final int MAX_FIELDS_IN_DETAIL = 10;

	private final ApplicationEventPublisher events;

	ApiProblemHandler(ApplicationEventPublisher events) {
		this.events = events;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), request);
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<Object> invalid(InvalidFieldException e, WebRequest request) {
		return invalidFields(e.problems(), request);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<Object> denied(RuntimeException e, WebRequest request, HttpServletRequest servletRequest) {
		CurrentUser.find().ifPresent(who -> events.publishEvent(
				new AccessRefused(who, servletRequest.getMethod(), servletRequest.getRequestURI())));
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
		if (e.getRequiredType() == java.util.UUID.class) {
			// A malformed id cannot exist in any clinic: same answer as an unknown one.
			return problem(HttpStatus.NOT_FOUND, "Not found", "No such record.", request);
		}
		return invalidFields(List.of(new FieldProblem(e.getName(), "is not a valid value")), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
		if (DatabaseUnavailable.causedBy(e)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(DatabaseUnavailable.PROBLEM);
		}
		log.error("Unexpected failure answering {}", request.getDescription(false), e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing you sent was saved.", request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return invalidFields(problems, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedByTooLargeBody(e)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large",
					"The request body is larger than " + (RequestBodyLimit.MAX_BYTES / 1024) + " KB.", request);
		}
		// Well-formed JSON with a value of the wrong kind is bad input (422); JSON that does not parse is 400.
		if (e.getCause() instanceof DatabindException bind) {
			return invalidFields(List.of(new FieldProblem(JsonPaths.of(bind), "has a value of the wrong type")), request);
		}
		if (e.getCause() instanceof JacksonException) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The request body is not valid JSON.", request);
		}
		return problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request body is missing or unreadable.", request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problemHeaders, status);
	}

	/** A chunked body stopped by {@link RequestBodyLimit} reaches us wrapped in the parser's exceptions. */
	private static boolean causedByTooLargeBody(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof RequestBodyLimit.BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private ResponseEntity<Object> invalidFields(List<FieldProblem> problems, WebRequest request) {
		// Joined in one pass (a reduce with + copied the text once per field: quadratic in the number of
		// fields a hostile body can name), and only the first few fields are spelled out in the detail.
		String detail = problems.stream().limit(MAX_FIELDS_IN_DETAIL).map(p -> p.field() + ": " + p.message())
			.collect(Collectors.joining("; "));
		if (problems.size() > MAX_FIELDS_IN_DETAIL) {
			detail += "; and " + (problems.size() - MAX_FIELDS_IN_DETAIL) + " more";
		}
		ProblemDetail body = ProblemDetail.forStatusAndDetail(UNPROCESSABLE, detail);
		body.setTitle("Invalid input");
		body.setInstance(instance(request));
		body.setProperty("field", problems.get(0).field());
		body.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return ResponseEntity.status(UNPROCESSABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String title, String detail, WebRequest request) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemDetail(status, title, detail, instance(request)));
	}

	/** The API's problem body; {@link ApiRouteProblems} builds its refusals with it too. */
	static ProblemDetail problemDetail(HttpStatus status, String title, String detail, URI instance) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		body.setInstance(instance);
		return body;
	}

	private static URI instance(WebRequest request) {
		return URI.create(request.getDescription(false).replaceFirst("^uri=", ""));
	}
}
