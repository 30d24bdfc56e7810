package app.quadratus.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

	@Test
	void charactersXmlForbidsAreDroppedSoTheDocumentStillPrints() throws Exception {
		String page = "<html><body><p>Ma\u0001ry Smi\u000bth, 2 Mill\u0007 Lane\uFFFF \uD83D\uDE00 caf\u00e9 \uD800</p></body></html>";

		byte[] pdf = PdfRenderer.render(page);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Mary Smith, 2 Mill Lane");
		}
	}

	@Test
	void aCleanDocumentIsLeftAsItIs() {
		String page = "<html><body><p>Tab\there, line\nbreak, caf\u00e9 \uD83D\uDE00</p></body></html>";
		assertThat(PdfRenderer.xmlSafe(page)).isSameAs(page);
	}
}
