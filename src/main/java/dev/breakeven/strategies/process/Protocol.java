package dev.breakeven.strategies.process;

import java.io.DataInput;
import java.io.DataOutput;
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
 */
final class Protocol {

    static final int HELLO_MAGIC = 0x42455645; // "BEVE"
    static final byte BIND = 'B';
    static final byte RUN = 'R';
    static final byte QUIT = 'Q';
    static final byte OK = 'O';
    static final byte FAILED = 'F';

    /** Bounds what a misbehaving worker can make the parent allocate. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_CHAIN = 16;
    private static final int MAX_FRAMES = 1024;

    private Protocol() {
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
