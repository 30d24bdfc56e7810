package app.quadratus.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Renders well-formed XHTML to a PDF with the built-in fonts. */
public final class PdfRenderer {

	private PdfRenderer() {
	}

	/** The PDF of an XHTML document; a page that cannot be rendered is an error, never an empty file. */
	public static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the PDF", e);
		}
	}
}
