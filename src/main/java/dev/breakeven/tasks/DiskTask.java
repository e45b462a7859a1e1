package dev.breakeven.tasks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writing a chunk of model output to disk and reading it back: {@code weight} KiB of data made from
 * (seed, index) are written to a new file, forced to the device ({@link FileChannel#force}, i.e. fsync),
 * read back, and the file is deleted (so a long run does not fill the disk). One weight unit is one KiB.
 *
 * <p>Even the trivial weight (1 KiB) takes far more than 1 µs: the fsync alone costs from tens of
 * microseconds (NVMe) to milliseconds (virtual or network disks), and that is the floor of this task. Time
 * spent waiting for the device does not use the CPU, so speedup can exceed the core count until the device
 * is busy. The named weights are sizes, 1 KiB (the fsync floor), 16 KiB, 256 KiB and 8 MiB (10 ms or more
 * on most disks); their times depend on the device far more than those of the CPU tasks.
 *
 * <p>Files live in a temporary directory created at construction and deleted, recursively, at
 * {@link #close()}. Every call gets a file name of its own (index plus a call counter), because threads run
 * concurrently and the same index runs again in every batch. The checksum is computed from the bytes read
 * back, so it depends only on (seed, weight, index).
 */
final class DiskTask implements Task {

    private final TaskSpec spec;
    private final TempDirectory directory;
    private final AtomicLong calls = new AtomicLong();
    private final int bytes;

    DiskTask(TaskSpec spec) throws IOException {
        this.spec = spec;
        this.bytes = Math.toIntExact(Math.multiplyExact(spec.weight(), 1024L));
        this.directory = new TempDirectory(spec.task());
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    /** The task's temporary directory (deleted at close). */
    Path directory() {
        return directory.path();
    }

    @Override
    public long run(int index) throws IOException {
        Path file = directory.path().resolve("chunk-" + index + "-" + calls.incrementAndGet() + ".bin");
        ByteBuffer buffer = content(index);
        try {
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            buffer.clear();
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                    // keep reading until the buffer is full or the file ends
                }
            }
            buffer.flip();
            return Mix.fold(index, buffer);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@code weight} KiB of pseudo-random bytes from (seed, index). */
    private ByteBuffer content(int index) {
        ByteBuffer buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long x = Mix.seed(spec.seed(), index);
        while (buffer.remaining() >= Long.BYTES) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            buffer.putLong(x);
        }
        buffer.flip();
        return buffer;
    }

    @Override
    public void close() throws IOException {
        directory.close();
    }
}
