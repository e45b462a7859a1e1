package dev.breakeven.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A task's own temporary directory: created with the task, deleted with everything in it at close. */
final class TempDirectory implements AutoCloseable {

    private final Path path;
    private boolean deleted;

    TempDirectory(String task) throws IOException {
        this.path = Files.createTempDirectory("breakeven-" + task + "-");
    }

    Path path() {
        return path;
    }

    /** Deletes the directory and its contents; idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (deleted) {
            return;
        }
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(TempDirectory::delete);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        deleted = true;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
