package app.quadratus.shared.web;

import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.RecordNotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Publishes {@link RecordNotFound} for every {@link NotFoundException} a signed-in person's request
 * ends in, on pages and the API alike, then lets the usual handlers answer 404. It runs after the
 * service's transaction has rolled back, so the audit entry is written in a transaction of its own.
 */
@Component
class NotFoundPublisher implements HandlerExceptionResolver, Ordered {

	private final ApplicationEventPublisher events;

	NotFoundPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception e) {
		if (e instanceof NotFoundException) {
			CurrentUser.find().ifPresent(who -> events.publishEvent(
					new RecordNotFound(who, request.getMethod(), request.getRequestURI())));
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
