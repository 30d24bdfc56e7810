package app.quadratus.screening;

import app.quadratus.atlas.Atlas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the atlas once at start-up and builds the engine on it; a bad id in the atlas data file, or a
 * region, muscle or source the rules need but the atlas lacks, stops the application here.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean
	Atlas atlas() {
		return Atlas.load();
	}

	@Bean
	ScreeningEngine screeningEngine(Atlas atlas) {
		return new ScreeningEngine(atlas);
	}
}
