package app.quadratus.homework;

import app.quadratus.atlas.Atlas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the exercise library at start-up: an exercise naming a muscle or region the atlas lacks stops the application. */
@Configuration(proxyBeanMethods = false)
class HomeworkConfiguration {

	@Bean
	ExerciseLibrary exerciseLibrary(Atlas atlas) {
		return ExerciseLibrary.load(atlas);
	}

	@Bean
	ExerciseReader exerciseReader(Atlas atlas) {
		return new ExerciseReader(atlas);
	}
}
