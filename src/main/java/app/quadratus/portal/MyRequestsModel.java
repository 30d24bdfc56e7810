package app.quadratus.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The client's own record requests and their answers, for the "Your data" card of the details page. */
@ControllerAdvice(assignableTypes = PortalController.class)
class MyRequestsModel {

	private final RecordAccessRequests requests;

	MyRequestsModel(RecordAccessRequests requests) {
		this.requests = requests;
	}

	@ModelAttribute("myRequests")
	List<RecordAccessRequests.Mine> myRequests(HttpServletRequest request) {
		boolean detailsPage = "GET".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/portal/details");
		return detailsPage ? requests.mine() : List.of();
	}
}
