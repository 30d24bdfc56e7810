package app.quadratus.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * Boot adds this filter because webjars-locator-lite enables the resource chain. It rewrites every
	 * link a page renders by probing the classpath for a matching static file, uncached for misses: on the
	 * client list that was most of the page's CPU. We use no fingerprinted URLs, and versionless WebJar
	 * paths are still resolved when the file is served.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/** Before security and every parser: a refused body is never read, whoever sent it. */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit() {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** Outside Spring Session's and Spring Security's response wrappers, which still see every write. */
	@Bean
	FilterRegistrationBean<Utf8PageWriter> utf8PageWriter() {
		FilterRegistrationBean<Utf8PageWriter> registration = new FilterRegistrationBean<>(new Utf8PageWriter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
