package app.quadratus.careteam.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CareTeamConfiguration {

	/** After Spring Security's filter chain (order -100), so the gate knows who is signed in. */
	@Bean
	FilterRegistrationBean<PartnerGate> partnerGate() {
		FilterRegistrationBean<PartnerGate> registration = new FilterRegistrationBean<>(new PartnerGate());
		registration.setOrder(0);
		return registration;
	}
}
