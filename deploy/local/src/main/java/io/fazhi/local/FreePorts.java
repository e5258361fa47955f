package io.fazhi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports free now, so tests run beside a local suite on the fixed ports. They are chosen below the
 * kernel's ephemeral range (32768 and up on Linux), where every outgoing connection — a Kafka
 * client's, a JDBC pool's — takes its local port: a port handed out there can be taken by a
 * connection before the service that was given it binds it.
 */
public final class FreePorts {

    private static final int FROM = 20_000;
    private static final int TO = 32_000;
    private static final java.util.Random RANDOM = new java.util.Random();
    /** Handed out already in this JVM: free until their service binds them, so never handed out twice. */
    private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

    private FreePorts() {}

    /**
     * Ports another process chose for something that has not bound them yet (the suite's services,
     * whose ports a test picked): never handed out here.
     */
    public static synchronized void reserve(int... ports) {
        for (int port : ports) {
            GIVEN.add(port);
        }
    }

    /** A port no process listens on now, on any address. */
    public static synchronized int find() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = FROM + RANDOM.nextInt(TO - FROM);
            if (GIVEN.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress(port), 1);
                GIVEN.add(port);
                return port;
            } catch (IOException taken) {
                // in use: try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
