package app.quadratus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class QuadratusApplication {

	public static void main(String[] args) {
		SpringApplication.run(QuadratusApplication.class, args);
	}
}
