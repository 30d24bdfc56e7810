package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeImageTest {

	/** Draws the SVG's runs into pixels and reads them back as a phone would. */
	@Test
	void theDrawnQrCodeReadsBackAsTheOtpauthUri() throws Exception {
		String uri = "otpauth://totp/Quadratus%3Atherapist%40norwich.demo?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Quadratus";
		String dataUri = QrCodeImage.svgDataUri(uri);
		assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
		String svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)), StandardCharsets.UTF_8);
		assertThat(svg).doesNotContain("<script");

		Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(box.find()).isTrue();
		int size = Integer.parseInt(box.group(1));
		int scale = 4;
		int[] pixels = new int[size * scale * size * scale];
		java.util.Arrays.fill(pixels, 0xFFFFFF);
		Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
		while (run.find()) {
			int x0 = Integer.parseInt(run.group(1)), y = Integer.parseInt(run.group(2)), w = Integer.parseInt(run.group(3));
			for (int x = x0; x < x0 + w; x++) {
				for (int dy = 0; dy < scale; dy++) {
					for (int dx = 0; dx < scale; dx++) {
						pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
					}
				}
			}
		}
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
	}
}
