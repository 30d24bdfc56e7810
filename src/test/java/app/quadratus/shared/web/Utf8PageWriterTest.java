package app.quadratus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class Utf8PageWriterTest {

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aPageWrittenAsTextArrivesAsUtf8Bytes() throws Exception {
		write("text/html;charset=UTF-8", out -> {
			out.write("<p>Claire · 12 Jan – Zoë Łukasz ");
			// an emoji written one char at a time: the two halves of the surrogate pair arrive separately
			String smile = "\uD83D\uDE42";
			out.write(smile.charAt(0));
			out.write(smile.charAt(1));
			out.write("</p>".toCharArray(), 0, 4);
		});

		assertThat(response.getContentAsByteArray())
			.isEqualTo("<p>Claire · 12 Jan – Zoë Łukasz \uD83D\uDE42</p>".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aResponseInAnotherCharsetKeepsTheContainersWriter() throws Exception {
		write("text/plain;charset=ISO-8859-1", out -> out.write("Zoë"));

		assertThat(response.getContentAsByteArray()).isEqualTo("Zoë".getBytes(StandardCharsets.ISO_8859_1));
	}

	interface Page {
		void write(PrintWriter out) throws Exception;
	}

	private void write(String contentType, Page page) throws Exception {
		new Utf8PageWriter().doFilter(new MockHttpServletRequest("GET", "/clients"), response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse servletResponse) {
						servletResponse.setContentType(contentType);
						try {
							PrintWriter out = servletResponse.getWriter();
							page.write(out);
							out.flush();
						}
						catch (Exception e) {
							throw new IllegalStateException(e);
						}
					}
				}));
	}
}
