package app.quadratus.homework;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Draws a {@link Pose}: as SVG for the pages, and as PNG for the handout PDF (the PDF renderer has no
 * SVG support on our classpath, so the same drawing is rasterised with Java2D instead).
 */
public final class ExerciseFigure {

	private static final String INK = "#2f3a4a";

	private static final String ACCENT = "#d9480f";

	private static final String PROP = "#9aa5b1";

	private ExerciseFigure() {
	}

	/** An inline SVG with a title for screen readers. */
	public static String svg(Pose pose, String title) {
		StringBuilder svg = new StringBuilder(1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 160 100\" role=\"img\" class=\"figure\">")
			.append("<title>").append(escape(title)).append("</title>")
			.append("<line x1=\"4\" y1=\"91\" x2=\"156\" y2=\"91\" stroke=\"").append(PROP).append("\" stroke-width=\"1.5\"/>");
		pose.props().forEach(p -> svg.append(shape(p, PROP, 2)));
		pose.body().forEach(p -> svg.append(shape(p, INK, 4)));
		pose.moving().forEach(p -> svg.append(shape(p, ACCENT, 5)));
		svg.append("<circle cx=\"").append(pose.headX()).append("\" cy=\"").append(pose.headY())
			.append("\" r=\"6.5\" fill=\"").append(INK).append("\"/></svg>");
		return svg.toString();
	}

	/** The same drawing as a PNG (320 × 200 px), e.g. for a PDF. */
	public static byte[] png(Pose pose) {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 320, 200);
			g.scale(2, 2);
			draw(g, "4,91 156,91", PROP, 1.5f);
			pose.props().forEach(p -> draw(g, p, PROP, 2));
			pose.body().forEach(p -> draw(g, p, INK, 4));
			pose.moving().forEach(p -> draw(g, p, ACCENT, 5));
			g.setColor(Color.decode(INK));
			g.fill(new Ellipse2D.Double(pose.headX() - 6.5, pose.headY() - 6.5, 13, 13));
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The PNG as a data: URI for an {@code <img>} in XHTML. */
	public static String pngDataUri(Pose pose) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(pose));
	}

	private static String shape(String part, String colour, double width) {
		if (part.startsWith("o ")) {
			String[] c = part.substring(2).split("[ ,]");
			return "<circle cx=\"" + c[0] + "\" cy=\"" + c[1] + "\" r=\"" + c[2] + "\" fill=\"" + colour + "\"/>";
		}
		return "<polyline points=\"" + part + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + width
				+ "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
	}

	private static void draw(Graphics2D g, String part, String colour, float width) {
		g.setColor(Color.decode(colour));
		if (part.startsWith("o ")) {
			String[] c = part.substring(2).split("[ ,]");
			double x = Double.parseDouble(c[0]), y = Double.parseDouble(c[1]), r = Double.parseDouble(c[2]);
			g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
			return;
		}
		Path2D.Double path = new Path2D.Double();
		String[] points = part.trim().split(" ");
		for (int i = 0; i < points.length; i++) {
			String[] xy = points[i].split(",");
			double x = Double.parseDouble(xy[0]), y = Double.parseDouble(xy[1]);
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(path);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
