import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long this machine's disk takes to make a small write durable, as PostgreSQL does at every commit
 * (an 8 kB write, then fdatasync: {@code FileChannel.force(false)}), a hundred times a second.
 * Run with: java bench/FsyncProbe.java DIRECTORY SECONDS [LABEL]; SECONDS 0 probes until the process is
 * stopped (SIGTERM), then reports: bench/run.sh runs it so beside the think-time run.
 *
 * <p>Why it is in the benchmark: a page view on PostgreSQL commits its audit entry, and the commit waits
 * for the WAL's fdatasync; when the disk stalls, every commit waiting at that moment stalls with it. On a
 * shared virtual disk those stalls come and go with other tenants' I/O (this machine, idle: median 0.4 ms,
 * but 30–125 ms several times a minute), and they set a floor under PostgreSQL's p99 that no change to the
 * app can lift. The results file shows the disk's own tail beside the pages' so the two can be told apart.
 */
public class FsyncProbe {

	private static volatile boolean stopped;

	public static void main(String[] args) throws IOException, InterruptedException {
		Path dir = Path.of(args.length > 0 ? args[0] : ".");
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		String label = args.length > 2 ? args[2] : "";
		Path file = Files.createTempFile(dir, "fsync-probe", ".dat");
		long[] samples = new long[(seconds > 0 ? seconds : 3600) * 100 + 100];
		int n = 0;
		long started = System.nanoTime();
		Thread main = Thread.currentThread();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopped = true;
			try {
				main.join(2000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			ByteBuffer page = ByteBuffer.allocate(8192);
			long end = seconds > 0 ? started + seconds * 1_000_000_000L : Long.MAX_VALUE;
			while (!stopped && System.nanoTime() < end && n < samples.length) {
				page.clear();
				channel.write(page, (n % 1000) * 8192L);
				long t0 = System.nanoTime();
				channel.force(false);
				samples[n++] = System.nanoTime() - t0;
				Thread.sleep(10);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
		if (n == 0) {
			return;
		}
		long[] sorted = Arrays.copyOf(samples, n);
		Arrays.sort(sorted);
		long stalls = Arrays.stream(sorted).filter(v -> v >= 50_000_000L).count();
		System.out.printf(Locale.ROOT,
				"disk fdatasync (8 kB, %d in %d s%s, %s): p50 %.2f ms, p99 %.2f ms, p99.9 %.1f ms, max %.1f ms, %d of 50 ms or more%n",
				n, Math.round((System.nanoTime() - started) / 1e9), label.isEmpty() ? "" : ", " + label, dir, ms(sorted, 50), ms(sorted, 99), ms(sorted, 99.9),
				sorted[n - 1] / 1e6, stalls);
	}

	static double ms(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}
}
