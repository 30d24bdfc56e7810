package app.quadratus.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The definitions of all instruments, read once from {@code <id>.json} files: by default those shipped
 * under {@code instruments/} on the classpath; a clinic points {@code quadratus.outcomes.instruments}
 * at its own folder to replace them (e.g. with licensed item wording).
 */
public final class InstrumentCatalogue {

	/** Opens the file of this name, e.g. {@code odi.json}; null when there is no such file. */
	@FunctionalInterface
	public interface Source {

		InputStream open(String fileName) throws IOException;
	}

	private final Map<OutcomeMeasure, Instrument> instruments = new EnumMap<>(OutcomeMeasure.class);

	private InstrumentCatalogue(Source source, String location) {
		JsonMapper mapper = JsonMapper.builder().build();
		for (OutcomeMeasure measure : OutcomeMeasure.values()) {
			String fileName = measure.id() + ".json";
			try (InputStream in = source.open(fileName)) {
				if (in == null) {
					throw new IllegalStateException("No instrument file " + location + fileName);
				}
				instruments.put(measure, InstrumentReader.read(measure, location + fileName, mapper.readTree(in)));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + location + fileName, e);
			}
			catch (JacksonException e) {
				throw new IllegalStateException(location + fileName + " is not valid JSON", e);
			}
		}
	}

	/** The definitions shipped with Quadratus. */
	public static InstrumentCatalogue shipped() {
		ClassLoader loader = InstrumentCatalogue.class.getClassLoader();
		return new InstrumentCatalogue(name -> loader.getResourceAsStream("instruments/" + name), "classpath:instruments/");
	}

	/**
	 * Definitions from elsewhere, one file per measure.
	 * @param location where the files are, only for messages about a broken file
	 */
	public static InstrumentCatalogue from(Source source, String location) {
		return new InstrumentCatalogue(source, location);
	}

	public Instrument instrument(OutcomeMeasure measure) {
		return instruments.get(measure);
	}

	public List<Instrument> all() {
		return Arrays.stream(OutcomeMeasure.values()).map(instruments::get).toList();
	}
}
