package dev.breakeven.tasks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for a remote weather database: a TCP server on 127.0.0.1 (an ephemeral port, never reachable
 * from outside) that answers every query after a fixed latency, like a database that takes that long to
 * find the rows. The wait parks the connection's thread ({@link LockSupport#parkNanos}), it does not spin,
 * so waiting queries use no CPU and many can wait at once.
 *
 * <p>Protocol: a query is two longs (seed, index); the answer is {@value #RECORDS} doubles ("observations")
 * computed from them, so the same query always gets the same answer. Thread per connection (platform
 * threads, as Java 17 has no virtual ones): clients keep connections open and reuse them, so there are only
 * as many connections, and threads, as queries in flight at the busiest moment (the worker count).
 */
final class WeatherServer implements AutoCloseable {

    static final int RECORDS = 32;

    private final long latencyNanos;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Thread> handlers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger mostWaiting = new AtomicInteger();
    private volatile boolean closed;

    WeatherServer(long latencyMicros) throws IOException {
        this.latencyNanos = TimeUnit.MICROSECONDS.toNanos(latencyMicros);
        this.server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, threadPrefix() + "accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Connections accepted so far. */
    int connectionsAccepted() {
        return connections.get();
    }

    /** The most queries that were waiting out their latency at the same moment so far. */
    int mostQueriesWaiting() {
        return mostWaiting.get();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Names of this server's threads start with this, so a test can check they are gone. */
    String threadPrefix() {
        return "weather-server-" + port() + "-";
    }

    /** The answer to query (seed, index), computed the same way on both ends. */
    static void answer(long seed, long index, double[] out) {
        long x = Mix.seed(seed, index);
        for (int i = 0; i < out.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            out[i] = -30.0 + 70.0 * ((x >>> 11) * 0x1.0p-53);
        }
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return; // server socket closed
            }
            sockets.add(socket);
            Thread handler = new Thread(() -> serve(socket), threadPrefix() + "conn-"
                    + connections.incrementAndGet());
            handler.setDaemon(true);
            handlers.add(handler);
            handler.start();
        }
    }

    private void serve(Socket socket) {
        double[] records = new double[RECORDS];
        try (socket;
             DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()))) {
            socket.setTcpNoDelay(true);
            while (!closed) {
                long seed;
                try {
                    seed = in.readLong();
                } catch (EOFException e) {
                    return; // client hung up
                }
                long index = in.readLong();
                mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
                boolean waited = waitNanos(latencyNanos);
                waiting.decrementAndGet();
                if (!waited) {
                    return;
                }
                answer(seed, index, records);
                for (double r : records) {
                    out.writeDouble(r);
                }
                out.flush();
            }
        } catch (IOException e) {
            // connection reset or socket closed by close(): nothing to answer any more
        } finally {
            sockets.remove(socket);
            handlers.remove(Thread.currentThread());
        }
    }

    /** Parks until {@code nanos} have passed; false if interrupted. */
    private static boolean waitNanos(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return true;
    }

    /** Closes the port and every connection and waits for the server's threads to end; idempotent. */
    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        server.close();
        acceptor.join();
        for (Socket socket : sockets) {
            socket.close();
        }
        for (Thread handler : handlers) {
            handler.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
