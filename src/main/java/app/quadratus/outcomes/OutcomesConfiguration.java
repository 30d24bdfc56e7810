package app.quadratus.outcomes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the instrument files at start-up, from {@code quadratus.outcomes.instruments} (a folder URL such
 * as {@code file:/etc/quadratus/instruments/}); by default the ones shipped on the classpath.
 */
@Configuration(proxyBeanMethods = false)
class OutcomesConfiguration {

	@Bean
	InstrumentCatalogue instrumentCatalogue(ResourceLoader resources,
			@Value("${quadratus.outcomes.instruments:classpath:instruments/}") String location) {
		String folder = location.endsWith("/") ? location : location + "/";
		return InstrumentCatalogue.from(name -> {
			Resource file = resources.getResource(folder + name);
			return file.exists() ? file.getInputStream() : null;
		}, folder);
	}

	@Bean
	OutcomeScoring outcomeScoring(InstrumentCatalogue catalogue) {
		return new OutcomeScoring(catalogue);
	}

	@Bean
	OutcomeInterpretation outcomeInterpretation(InstrumentCatalogue catalogue) {
		return new OutcomeInterpretation(catalogue);
	}
}
