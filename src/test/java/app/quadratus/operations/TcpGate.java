package app.quadratus.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the database that can be closed and opened again: closed, it drops every
 * connection and refuses new ones, as a stopped or unreachable database server does.
 */
final class TcpGate implements AutoCloseable {

	private final int target;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	TcpGate(int target) throws IOException {
		this.target = target;
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		up();
	}

	int port() {
		return port;
	}

	synchronized void up() throws IOException {
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		server = listening;
		daemon(() -> accept(listening));
	}

	synchronized void down() throws IOException {
		server.close();
		for (Socket socket : open) {
			socket.close();
		}
		open.clear();
	}

	@Override
	public void close() throws IOException {
		down();
	}

	static Thread daemon(Runnable work) {
		Thread thread = new Thread(work);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket database = new Socket(InetAddress.getLoopbackAddress(), target);
				open.add(client);
				open.add(database);
				pump(client, database);
				pump(database, client);
			}
			catch (IOException e) {
				// closed by down(), or the database refused: the client sees its connection end
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		daemon(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n; (n = in.read(buffer)) >= 0;) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException e) {
				// one side closed
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ignored) {
					// already closed
				}
			}
		});
	}
}
