package app.quadratus.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client asks for a sign-in link by email and opens it. Opening the link (GET) only shows a button:
 * mail scanners that follow links must not use up the one-time link; the button (POST) signs in.
 */
@Controller
class SignInLinkController {

	private final ClientSignInLinks links;

	private final TwoStepSignIn twoStep;

	private final SecondStepSession secondStep;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInLinkController(ClientSignInLinks links, TwoStepSignIn twoStep, SecondStepSession secondStep,
			SessionRegistry sessions, ApplicationEventPublisher events) {
		this.links = links;
		this.twoStep = twoStep;
		this.secondStep = secondStep;
		this.sessions = sessions;
		this.events = events;
	}

	@GetMapping("/login/link")
	String form() {
		return "identity/sign-in-link";
	}

	/** The same answer whatever the address: nobody learns from it who has an account. */
	@PostMapping("/login/link")
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request, RedirectAttributes redirect) {
		if (!email.isBlank()) {
			links.request(email, request.getRemoteAddr());
		}
		redirect.addFlashAttribute("flash", "signInLink.sent");
		return "redirect:/login";
	}

	@GetMapping("/login/link/{token}")
	String open(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "identity/sign-in-link-open";
	}

	@PostMapping("/login/link/{token}")
	String signIn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<SignedInAccount> account = links.claim(token, request.getRemoteAddr());
		if (account.isEmpty()) {
			redirect.addFlashAttribute("flashError", "signInLink.invalid");
			return "redirect:/login/link";
		}
		SignedInAccount signedIn = account.get();
		signedIn.eraseCredentials();
		request.getSession(true);
		request.changeSessionId();
		TwoStepSignIn.SecondStep step = twoStep.after(signedIn);
		if (step != TwoStepSignIn.SecondStep.NONE) {
			return "redirect:" + secondStep.begin(request, response, signedIn, step).page();
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(signedIn,
				null, signedIn.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetails(request));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		// Known to the registry, so disabling the account ends this session too (PS-06).
		sessions.registerNewSession(request.getSession().getId(), signedIn);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
		return "redirect:/";
	}
}
