package dev.breakeven.tasks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A query to a remote weather database: one request over a real TCP socket to a {@link WeatherServer}
 * that this task starts on 127.0.0.1 at construction and which answers after {@code weight} microseconds.
 * The wait costs the client nothing but a blocked thread, so this is the I/O-bound case where more workers
 * than cores pay off. One weight unit is one microsecond of server latency.
 *
 * <p>The named weights are latencies of 1, 30, 300 and 10,000 µs. The trivial one cannot make a query
 * take 1 µs: the floor is a loopback round trip plus two thread wake-ups (and Linux's timer slack on the
 * parked server thread), some tens of microseconds; about 80 µs on a 2-core virtual machine.
 *
 * <p>Connections: a pool, the way database clients (JDBC with HikariCP, psycopg's pool) work. A query
 * borrows an idle connection, or opens one if none is idle, and returns it afterwards; the pool grows to
 * the largest number of queries in flight at once (the worker count) and is reused by every later batch,
 * whichever threads run it. Connecting per query would measure TCP set-up and the server's thread start
 * instead of the query; a connection per thread (ThreadLocal) would leak connections under strategies
 * that make new threads for every batch (fixed-pool-cold, virtual threads). {@link #close()} closes the
 * pooled connections, then the server and its threads.
 *
 * <p>The answer is computed by the server from (seed, index); the checksum folds every value received.
 */
final class RemoteQueryTask implements Task {

    private final TaskSpec spec;
    private final WeatherServer server;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private boolean closed;

    RemoteQueryTask(TaskSpec spec) throws IOException {
        this.spec = spec;
        this.server = new WeatherServer(spec.weight());
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    /** The server's port on 127.0.0.1 (closed after {@link #close()}). */
    int port() {
        return server.port();
    }

    /** Connections the server has accepted so far: the pool's peak size. */
    int connectionsAccepted() {
        return server.connectionsAccepted();
    }

    /** The most queries the server had waiting at the same moment so far. */
    int mostQueriesWaiting() {
        return server.mostQueriesWaiting();
    }

    /** Prefix of the server's thread names. */
    String serverThreadPrefix() {
        return server.threadPrefix();
    }

    @Override
    public long run(int index) throws IOException {
        Connection connection = idle.pollFirst();
        if (connection == null) {
            connection = new Connection(server.port());
            open.add(connection);
        }
        long checksum;
        try {
            checksum = connection.query(spec.seed(), index);
        } catch (IOException e) {
            open.remove(connection);
            connection.close();
            throw e;
        }
        idle.offerFirst(connection);
        return checksum;
    }

    @Override
    public synchronized void close() throws IOException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (Connection connection : open) {
                connection.close();
            }
            open.clear();
            idle.clear();
        } finally {
            server.close();
        }
    }

    /** One client connection; used by one query at a time. */
    private static final class Connection {

        private final Socket socket;
        private final DataInputStream in;
        private final DataOutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        }

        long query(long seed, int index) throws IOException {
            out.writeLong(seed);
            out.writeLong(index);
            out.flush();
            long checksum = index;
            for (int i = 0; i < WeatherServer.RECORDS; i++) {
                checksum = Mix.fold(checksum, in.readDouble());
            }
            return checksum;
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
