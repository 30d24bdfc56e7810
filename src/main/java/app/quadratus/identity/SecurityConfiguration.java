package app.quadratus.identity;

import java.time.Clock;

import app.quadratus.shared.security.AccessRefused;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.web.ProblemResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: HTTP Basic and problem JSON for the API under /api/v1, form sign-in with CSRF for
 * people. Which role may do what is declared on the application services (@PreAuthorize), so the
 * same rule holds whichever door a request came through.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApplicationEventPublisher events, TwoStepSignIn twoStep) throws Exception {
		http.securityMatcher("/api/**")
			.addFilterAfter(new ApiTwoStepGuard(twoStep), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("Quadratus").authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Quadratus\"");
				ProblemResponse.write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic and a staff account.");
			}))
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
				CurrentUser.find().ifPresent(who -> events.publishEvent(
						new AccessRefused(who, request.getMethod(), request.getRequestURI())));
				ProblemResponse.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
			}))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * Health and info probes answer without a session: a load balancer's probe carries no cookie, and a
	 * browser's cookie must not make a probe read and write the session store.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain probes(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/info")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * Prometheus metrics (request counts and latency histograms, JVM, pool): for the clinic's owner
	 * only, by HTTP Basic as scrapers send it, and never for an account that needs a second step.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain metrics(HttpSecurity http, TwoStepSignIn twoStep) throws Exception {
		http.securityMatcher("/actuator/prometheus")
			.addFilterAfter(new ApiTwoStepGuard(twoStep), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole("OWNER"))
			.httpBasic(basic -> basic.realmName("Quadratus"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * The API description names every operation and field: staff only, by their signed-in session (the
	 * browsable page) or HTTP Basic (tools). Anonymous visitors of the page are sent to sign in.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDescription(HttpSecurity http, ApplicationEventPublisher events) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.addFilterAfter(new KioskGate(events), HeaderWriterFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("OWNER", "THERAPIST", "RECEPTION"))
			.httpBasic(basic -> basic.realmName("Quadratus"))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						request -> !request.getRequestURI().startsWith(request.getContextPath() + "/v3/"))
				.accessDeniedHandler((request, response, e) -> {
					CurrentUser.find().ifPresent(who -> events.publishEvent(
							new AccessRefused(who, request.getMethod(), request.getRequestURI())));
					response.sendError(HttpStatus.FORBIDDEN.value());
				}));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, Clock clock, ApplicationEventPublisher events,
			TwoStepSignIn twoStep, SecondStepSession secondStep) throws Exception {
		AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();
		http.addFilterAfter(new AbsoluteSessionLimit(clock), AuthorizationFilter.class)
			.addFilterAfter(new EndedSessions(), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new KioskGate(events), HeaderWriterFilter.class)
			.addFilterBefore(new SecondStepGate(clock, secondStep), AuthorizationFilter.class)
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
				CurrentUser.find().ifPresent(who -> events.publishEvent(
						new AccessRefused(who, request.getMethod(), request.getRequestURI())));
				errorPage.handle(request, response, denied);
			}))
			.authorizeHttpRequests(auth -> auth
			// A clinic's booking page is public; signing in to book and a waitlist offer are not.
			.requestMatchers("/book/*/sign-in", "/book/*/waitlist", "/book/offer/**")
			.authenticated()
			.requestMatchers(org.springframework.http.HttpMethod.POST, "/book/*/confirm")
			.authenticated()
			.requestMatchers("/book/**")
			.permitAll()
			.requestMatchers("/login", "/login/link", "/login/link/*", "/setup", "/password/**", "/invitation/**", "/outcomes/q/**", "/feeds/**", "/reminders/unsubscribe/**", "/css/**", "/img/**", "/js/**",
					"/webjars/**", "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(new SignInSuccess(twoStep, secondStep)).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		return http.build();
	}

	/**
	 * Knows every signed-in session of every instance (they live in the database, indexed by the
	 * sign-in email), so a change of role or a disabled account ends them at once, wherever they run.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
