package app.quadratus.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class InstrumentCatalogueTest {

	private final InstrumentCatalogue shipped = InstrumentCatalogue.shipped();

	@Test
	void shipsAllSixInstrumentsWithTheirPublishedShape() {
		assertThat(shipped.all()).extracting(Instrument::measure).containsExactly(OutcomeMeasure.values());
		assertThat(shipped.instrument(OutcomeMeasure.NPRS).items()).hasSize(1);
		assertThat(shipped.instrument(OutcomeMeasure.ODI).items()).hasSize(10);
		assertThat(shipped.instrument(OutcomeMeasure.RMDQ).items()).hasSize(24);
		assertThat(shipped.instrument(OutcomeMeasure.STARTBACK).items()).hasSize(9);
		assertThat(shipped.instrument(OutcomeMeasure.LEFS).items()).hasSize(20);
		assertThat(shipped.instrument(OutcomeMeasure.ODI).items()).extracting(Item::id).containsExactly("pain_intensity",
				"personal_care", "lifting", "walking", "sitting", "standing", "sleeping", "sex_life", "social_life",
				"travelling");
	}

	@Test
	void carriesTheLoincCodesOfTheReference() {
		assertThat(shipped.instrument(OutcomeMeasure.NPRS).loinc()).isEqualTo("72514-3");
		assertThat(shipped.instrument(OutcomeMeasure.ODI).loinc()).isEqualTo("97909-6");
		assertThat(shipped.instrument(OutcomeMeasure.STARTBACK).loinc()).isEqualTo("91351-7");
		assertThat(shipped.instrument(OutcomeMeasure.RMDQ).loinc()).isNull();
		assertThat(shipped.instrument(OutcomeMeasure.PSFS).loinc()).isNull();
		assertThat(shipped.instrument(OutcomeMeasure.LEFS).loinc()).isNull();
	}

	@Test
	void everyInstrumentStatesItsLicence() {
		assertThat(shipped.all()).allSatisfy(instrument -> assertThat(instrument.licence()).isNotBlank());
		assertThat(shipped.instrument(OutcomeMeasure.ODI).licence()).contains("Mapi");
		assertThat(shipped.instrument(OutcomeMeasure.STARTBACK).licence()).contains("Keele");
	}

	@Test
	void startBackItemsFiveToNineFormTheDistressSubscale() {
		assertThat(shipped.instrument(OutcomeMeasure.STARTBACK).items()).filteredOn(item -> item.belongsTo("distress"))
			.extracting(Item::id)
			.containsExactly("q5", "q6", "q7", "q8", "q9");
	}

	@Test
	void aClinicsReplacementFileIsUsed() {
		InstrumentCatalogue replaced = InstrumentCatalogue.from(name -> name.equals("nprs.json")
				? stream(shippedText("nprs.json").replace("Your pain right now", "Douleur actuelle"))
				: InstrumentCatalogue.class.getClassLoader().getResourceAsStream("instruments/" + name), "test:");

		assertThat(replaced.instrument(OutcomeMeasure.NPRS).items().get(0).text()).startsWith("Douleur actuelle");
	}

	@Test
	void aBrokenReplacementFileStopsStartUpNamingTheFile() {
		assertThatThrownBy(() -> InstrumentCatalogue.from(name -> name.equals("odi.json")
				? stream(shippedText("odi.json").replace("\"minimumAnswered\"", "\"minimum\""))
				: InstrumentCatalogue.class.getClassLoader().getResourceAsStream("instruments/" + name), "test:"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test:odi.json")
			.hasMessageContaining("minimumAnswered");
	}

	@Test
	void aMissingFileStopsStartUp() {
		assertThatThrownBy(() -> InstrumentCatalogue.from(name -> null, "nowhere/"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("nowhere/nprs.json");
	}

	private static String shippedText(String name) throws IOException {
		try (InputStream in = InstrumentCatalogue.class.getClassLoader().getResourceAsStream("instruments/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
