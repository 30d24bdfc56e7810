package app.quadratus.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an SVG data URI, for an img element: the page's Content-Security-Policy allows images
 * from data: and nothing inline that runs. Drawn from ZXing's module matrix, one path of runs.
 */
final class QrCodeImage {

	private static final int QUIET_ZONE = 4;

	private QrCodeImage() {
	}

	static String svgDataUri(String contents) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(contents, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException e) {
			throw new IllegalStateException("an otpauth URI always fits a QR code", e);
		}
		int size = modules.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < modules.getHeight(); y++) {
			int x = 0;
			while (x < size) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && modules.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
					.append(x - start).append('z');
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + modules.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}
}
