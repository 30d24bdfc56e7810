package app.quadratus.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes a page's text as UTF-8 bytes in one step. Thymeleaf hands the finished page to the response's
 * writer as one string; the servlet container's writer copied it into a char buffer and encoded it char by
 * char (a page with one "·" is stored as UTF-16, which takes the encoder's slow path): on the chart, 43 KB,
 * that was a tenth of the server's CPU under load (JFR, docs/performance.md). {@link String#getBytes} does
 * the same encoding several times faster. Only for responses whose charset is UTF-8 (every page); the
 * container's own writer is used otherwise.
 */
class Utf8PageWriter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Utf8Response(response));
	}

	private static final class Utf8Response extends HttpServletResponseWrapper {

		private PrintWriter writer;

		Utf8Response(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())
						? new PrintWriter(new Utf8Writer(getOutputStream()), false) : super.getWriter();
			}
			return writer;
		}
	}

	/**
	 * Encodes each write as a whole; the servlet output stream buffers and sends. A high surrogate at the
	 * end of a write waits for the low one that completes the character.
	 */
	private static final class Utf8Writer extends Writer {

		private final OutputStream out;

		private String pendingHighSurrogate = "";

		Utf8Writer(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
			encode(part);
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			encode(new String(chars, offset, length));
		}

		@Override
		public void write(int c) throws IOException {
			encode(String.valueOf((char) c));
		}

		private void encode(String part) throws IOException {
			String text = pendingHighSurrogate.isEmpty() ? part : pendingHighSurrogate + part;
			pendingHighSurrogate = "";
			if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
				pendingHighSurrogate = text.substring(text.length() - 1);
				text = text.substring(0, text.length() - 1);
			}
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}

		@Override
		public void close() throws IOException {
			if (!pendingHighSurrogate.isEmpty()) {
				// A lone high surrogate cannot be encoded: written as UTF-8's replacement, as the container would.
				out.write(pendingHighSurrogate.getBytes(StandardCharsets.UTF_8));
				pendingHighSurrogate = "";
			}
			out.close();
		}
	}
}
