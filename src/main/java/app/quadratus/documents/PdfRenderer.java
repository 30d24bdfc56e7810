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
			builder.withHtmlContent(xmlSafe(xhtml), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the PDF", e);
		}
	}

	/**
	 * The document without the characters XML 1.0 forbids (most control characters, lone surrogates,
	 * U+FFFE and U+FFFF). Forms refuse them now, but a name stored before that (or imported) must not make
	 * a letter, the emergency referral above all, impossible to print: the invisible character is dropped.
	 */
	static String xmlSafe(String xhtml) {
		StringBuilder safe = null;
		for (int i = 0; i < xhtml.length(); i++) {
			char c = xhtml.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < xhtml.length()
					&& Character.isLowSurrogate(xhtml.charAt(i + 1));
			boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
					|| (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
			if (!allowed && safe == null) {
				safe = new StringBuilder(xhtml.length()).append(xhtml, 0, i);
			}
			if (safe != null && allowed) {
				safe.append(c);
				if (pair) {
					safe.append(xhtml.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return safe == null ? xhtml : safe.toString();
	}
}
