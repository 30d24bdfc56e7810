package app.quadratus.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every API request before anything parses it, so one signed-in account cannot make
 * the server hold a huge JSON tree in memory. A declared length over the cap is refused at once; a
 * chunked body (no length) is counted as it is read and reading stops at the cap
 * ({@link BodyTooLargeException}, answered 413 by {@link ApiProblemHandler}).
 */
class RequestBodyLimit extends OncePerRequestFilter {

	/** Our largest real body (an assessment with a detailed pain drawing) is a few KB. */
	static final long MAX_BYTES = 256 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new CountedRequest(request), response);
	}

	static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// Do not read what is left: the connection is closed rather than drained.
		response.setHeader("Connection", "close");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
				+ "\"detail\":\"The request body is larger than " + (MAX_BYTES / 1024) + " KB.\",\"instance\":\""
				+ JsonText.escape(request.getRequestURI()) + "\"}");
	}

	/** Thrown while reading a body past the cap. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body over " + MAX_BYTES + " bytes");
		}
	}

	private static final class CountedRequest extends HttpServletRequestWrapper {

		private ServletInputStream counted;

		CountedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountingStream(super.getInputStream());
			}
			return counted;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private long count;

		CountingStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = in.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int read) throws BodyTooLargeException {
			count += read;
			if (count > MAX_BYTES) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
