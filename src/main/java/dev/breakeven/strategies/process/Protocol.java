package dev.breakeven.strategies.process;

import dev.breakeven.tasks.TaskSpec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary framing between the parent and a worker JVM, over the worker's stdin and stdout.
 *
 * <pre>
 * worker → parent, once at start:  int HELLO_MAGIC, long pid
 * parent → worker:  byte BIND, string task, long weight, long seed     (only when the worker's task changes)
 *                   byte RUN, int index, int payloadLength, payload bytes
 *                   byte QUIT                                         (or just close stdin: EOF means quit)
 * worker → parent:  byte OK, int index, long checksum, int payloadCrc32 (0 when there is no payload),
 *                   boolean ranDry (no next task was waiting in the pipe when this one finished)
 *                   byte FAILED, int index, throwable
 * throwable:        short n, then n links of the cause chain, outermost first:
 *                   string class, boolean hasMessage, [string message], int frames,
 *                   frames × (string declaringClass, string method, string file, int line)
 * string:           int length, UTF-8 bytes
 * </pre>
 *
 * <p>A task's fixed arguments (task, weight, seed) cross the pipe once per worker, like a
 * {@code functools.partial} bound before {@code pool.map}; only the index and the payload travel with every
 * task. Messages are written into a buffer and flushed once per batch of them, so a round trip is one
 * {@code write} and one {@code read} on each side. The parent may send several tasks before reading their
 * replies; the worker answers in order.
 *
 * <p>Every message is encoded and decoded here and nowhere else: the parent ({@link WorkerProcess}) and the
 * worker ({@link WorkerMain}) only call these methods, so the two ends cannot drift apart.
 */
final class Protocol {

    static final int HELLO_MAGIC = 0x42455645; // "BEVE"
    static final byte BIND = 'B';
    static final byte RUN = 'R';
    static final byte QUIT = 'Q';
    static final byte OK = 'O';
    static final byte FAILED = 'F';

    /** Bytes of an OK reply: type, index, checksum, payload CRC, ran-dry flag. */
    static final int OK_BYTES = 1 + 4 + 8 + 4 + 1;

    /** Bounds what a misbehaving worker can make the parent allocate. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_CHAIN = 16;
    private static final int MAX_FRAMES = 1024;

    private Protocol() {
    }

    /** What the parent sends: bind a task, run one index of it, or quit. */
    sealed interface Request permits Bind, Run, Quit {
    }

    /** Create (or reuse) the task {@code spec} for the RUNs that follow. */
    record Bind(TaskSpec spec) implements Request {
    }

    /**
     * Run task {@code index}; {@code payloadLength} bytes of payload arrived with it, in the first bytes of
     * {@code payload} (a buffer the reader reuses from one RUN to the next).
     */
    record Run(int index, byte[] payload, int payloadLength) implements Request {
    }

    /** Stop: the parent said so, or closed the pipe. */
    record Quit() implements Request {
    }

    /** What the worker answers for each RUN, in the order the RUNs came. */
    sealed interface Reply permits Ok, Failed {
        int index();
    }

    /**
     * Task {@code index} returned {@code checksum}; {@code payloadCrc} is the CRC-32 of the payload it got (0
     * without one); {@code ranDry} says no next task was waiting when it finished.
     */
    record Ok(int index, long checksum, int payloadCrc, boolean ranDry) implements Reply {
    }

    /** Task {@code index} threw {@code error} (rebuilt from the worker's exception, causes and frames). */
    record Failed(int index, RemoteException error) implements Reply {
    }

    /** The worker's first words: it is up, and this is its pid. */
    static void writeHello(DataOutput out, long pid) throws IOException {
        out.writeInt(HELLO_MAGIC);
        out.writeLong(pid);
    }

    /**
     * Reads the worker's hello and returns its pid.
     *
     * @throws NotHello the worker wrote something else first (e.g. a JVM message on stdout)
     */
    static long readHello(DataInput in) throws IOException {
        int magic = in.readInt();
        long pid = in.readLong();
        if (magic != HELLO_MAGIC) {
            throw new NotHello(magic);
        }
        return pid;
    }

    /** The first bytes from a worker were not the protocol's hello. */
    static final class NotHello extends IOException {
        NotHello(int magic) {
            super("wrote something other than the protocol's hello to stdout (0x" + Integer.toHexString(magic) + ")");
        }
    }

    static void writeBind(DataOutput out, TaskSpec spec) throws IOException {
        out.writeByte(BIND);
        writeString(out, spec.task());
        out.writeLong(spec.weight());
        out.writeLong(spec.seed());
    }

    static void writeRun(DataOutput out, int index, byte[] payload) throws IOException {
        out.writeByte(RUN);
        out.writeInt(index);
        out.writeInt(payload.length);
        out.write(payload);
    }

    static void writeQuit(DataOutput out) throws IOException {
        out.writeByte(QUIT);
    }

    /**
     * Reads the parent's next message; end of input is a {@link Quit}. A RUN's payload is read into
     * {@code buffer}, or into a larger new one when it does not fit (the {@link Run} carries whichever).
     */
    static Request readRequest(DataInput in, byte[] buffer) throws IOException {
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            return new Quit();
        }
        return switch (type) {
            case BIND -> new Bind(new TaskSpec(readString(in), in.readLong(), in.readLong()));
            case RUN -> {
                int index = in.readInt();
                int length = in.readInt();
                if (length < 0) {
                    throw new IOException("protocol error: payload of " + length + " bytes");
                }
                byte[] payload = length > buffer.length ? new byte[length] : buffer;
                in.readFully(payload, 0, length);
                yield new Run(index, payload, length);
            }
            case QUIT -> new Quit();
            default -> throw new IOException("protocol error: unknown message type " + type);
        };
    }

    static void writeOk(DataOutput out, Ok ok) throws IOException {
        out.writeByte(OK);
        out.writeInt(ok.index());
        out.writeLong(ok.checksum());
        out.writeInt(ok.payloadCrc());
        out.writeBoolean(ok.ranDry());
    }

    static void writeFailed(DataOutput out, int index, Throwable error) throws IOException {
        out.writeByte(FAILED);
        out.writeInt(index);
        writeThrowable(out, error);
    }

    /** Reads the worker's next reply; end of input means the worker is gone. */
    static Reply readReply(DataInput in) throws IOException {
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            throw new EOFException("stdout closed");
        }
        return switch (type) {
            case OK -> new Ok(in.readInt(), in.readLong(), in.readInt(), in.readBoolean());
            case FAILED -> new Failed(in.readInt(), readThrowable(in));
            default -> throw new IOException("protocol error: reply " + type);
        };
    }

    static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_STRING_BYTES) {
            bytes = truncate(s).getBytes(StandardCharsets.UTF_8);
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String truncate(String s) {
        String cut = s.substring(0, Math.min(s.length(), MAX_STRING_BYTES / 4 - 16));
        return cut + "... (truncated)";
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("protocol error: string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Writes {@code t} and its causes, with their stack traces, as text the parent can rebuild. */
    static void writeThrowable(DataOutput out, Throwable t) throws IOException {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && chain.size() < MAX_CHAIN && seen.put(c, true) == null; c = c.getCause()) {
            chain.add(c);
        }
        out.writeShort(chain.size());
        for (Throwable c : chain) {
            writeString(out, c.getClass().getName());
            String message = c.getMessage();
            out.writeBoolean(message != null);
            if (message != null) {
                writeString(out, message);
            }
            StackTraceElement[] frames = c.getStackTrace();
            int n = Math.min(frames.length, MAX_FRAMES);
            out.writeInt(n);
            for (int i = 0; i < n; i++) {
                StackTraceElement f = frames[i];
                writeString(out, f.getClassName());
                writeString(out, f.getMethodName());
                writeString(out, f.getFileName() == null ? "" : f.getFileName());
                out.writeInt(f.getLineNumber());
            }
        }
    }

    /** Rebuilds what {@link #writeThrowable} wrote: same class names, messages and frames, same chain. */
    static RemoteException readThrowable(DataInput in) throws IOException {
        int n = in.readUnsignedShort();
        if (n < 1 || n > MAX_CHAIN) {
            throw new IOException("protocol error: cause chain of " + n);
        }
        String[] classes = new String[n];
        String[] messages = new String[n];
        StackTraceElement[][] traces = new StackTraceElement[n][];
        for (int k = 0; k < n; k++) {
            classes[k] = readString(in);
            messages[k] = in.readBoolean() ? readString(in) : null;
            int frames = in.readInt();
            if (frames < 0 || frames > MAX_FRAMES) {
                throw new IOException("protocol error: " + frames + " stack frames");
            }
            traces[k] = new StackTraceElement[frames];
            for (int i = 0; i < frames; i++) {
                String declaring = readString(in);
                String method = readString(in);
                String file = readString(in);
                int line = in.readInt();
                traces[k][i] = new StackTraceElement(declaring, method, file.isEmpty() ? null : file, line);
            }
        }
        RemoteException cause = null;
        for (int k = n - 1; k >= 0; k--) {
            cause = new RemoteException(classes[k], messages[k], traces[k], cause);
        }
        return cause;
    }
}
