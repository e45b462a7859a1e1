package dev.breakeven.strategies.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakeven.tasks.TaskSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message reads back as it was written, and what is not a message is refused, not misread. */
class ProtocolTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private DataInputStream written() {
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void parentMessagesRoundTripInOrder() throws IOException {
        TaskSpec spec = new TaskSpec("remote-query", 30, 7);
        byte[] payload = {1, 2, 3, 4, 5};
        Protocol.writeBind(out, spec);
        Protocol.writeRun(out, 42, payload);
        Protocol.writeRun(out, 43, new byte[0]);
        Protocol.writeQuit(out);

        DataInputStream in = written();
        byte[] buffer = new byte[2];
        assertThat(Protocol.readRequest(in, buffer)).isEqualTo(new Protocol.Bind(spec));
        Protocol.Run run = (Protocol.Run) Protocol.readRequest(in, buffer);
        assertThat(run.index()).isEqualTo(42);
        assertThat(Arrays.copyOf(run.payload(), run.payloadLength())).isEqualTo(payload);
        assertThat(run.payload()).as("a payload larger than the buffer gets a new one").isNotSameAs(buffer);
        Protocol.Run empty = (Protocol.Run) Protocol.readRequest(in, run.payload());
        assertThat(empty.index()).isEqualTo(43);
        assertThat(empty.payloadLength()).isZero();
        assertThat(empty.payload()).as("the buffer is reused when the payload fits").isSameAs(run.payload());
        assertThat(Protocol.readRequest(in, buffer)).isInstanceOf(Protocol.Quit.class);
        assertThat(Protocol.readRequest(in, buffer)).as("end of input").isInstanceOf(Protocol.Quit.class);
    }

    @Test
    void workerRepliesRoundTripWithTheirStackTraces() throws IOException {
        Protocol.Ok ok = new Protocol.Ok(7, -123456789012345L, 0xCAFE, true);
        Protocol.writeHello(out, 4242);
        Protocol.writeOk(out, ok);
        int okBytes = bytes.size() - 12;
        IllegalStateException error = new IllegalStateException("outer", new ArithmeticException("inner"));
        Protocol.writeFailed(out, 8, error);

        DataInputStream in = written();
        assertThat(Protocol.readHello(in)).isEqualTo(4242);
        assertThat(Protocol.readReply(in)).isEqualTo(ok);
        assertThat(okBytes).isEqualTo(Protocol.OK_BYTES);
        Protocol.Failed failed = (Protocol.Failed) Protocol.readReply(in);
        assertThat(failed.index()).isEqualTo(8);
        RemoteException remote = failed.error();
        assertThat(remote.className()).isEqualTo("java.lang.IllegalStateException");
        assertThat(remote.getMessage()).isEqualTo("outer");
        assertThat(frames(remote)).isEqualTo(frames(error));
        assertThat(remote.getCause()).isInstanceOf(RemoteException.class);
        assertThat(((RemoteException) remote.getCause()).className()).isEqualTo("java.lang.ArithmeticException");
        assertThat(remote.getCause().getMessage()).isEqualTo("inner");
        assertThat(frames(remote.getCause())).isEqualTo(frames(error.getCause()));
        assertThatThrownBy(() -> Protocol.readReply(in)).isInstanceOf(EOFException.class)
                .hasMessageContaining("stdout closed");
    }

    /** What crosses the pipe of each frame (not the class loader or module, which the parent cannot know). */
    private static List<String> frames(Throwable t) {
        return Arrays.stream(t.getStackTrace())
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                        + f.getLineNumber() + ")")
                .toList();
    }

    @Test
    void somethingElseOnTheWorkersStdoutIsRefused() throws IOException {
        out.writeBytes("OpenJDK 64-Bit Server VM warning\n");
        assertThatThrownBy(() -> Protocol.readHello(written())).isInstanceOf(Protocol.NotHello.class)
                .hasMessageContaining("0x4f70656e");

        bytes.reset();
        out.writeByte('X');
        assertThatThrownBy(() -> Protocol.readReply(written())).hasMessageContaining("protocol error: reply 88");
        assertThatThrownBy(() -> Protocol.readRequest(written(), new byte[0]))
                .hasMessageContaining("unknown message type 88");

        bytes.reset();
        out.writeByte(Protocol.RUN);
        out.writeInt(1);
        out.writeInt(-5);
        assertThatThrownBy(() -> Protocol.readRequest(written(), new byte[0]))
                .hasMessageContaining("payload of -5 bytes");
    }
}
