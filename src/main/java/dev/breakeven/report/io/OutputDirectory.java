package dev.breakeven.report.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A report directory written all or nothing: files go into a hidden temporary sibling of the target, which
 * is renamed onto the target by {@link #commit()}. Closing without committing deletes the temporary
 * directory, so an error never leaves a half-written chart directory behind; an earlier report in the target
 * stays until the new one is complete.
 */
public final class OutputDirectory implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputDirectory(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    public static OutputDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        return new OutputDirectory(absolute, temp);
    }

    /** Where to write files now. */
    public Path dir() {
        return temp;
    }

    /** Puts the written directory in place of the target (replacing an older report) and returns the target. */
    public Path commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        try {
            move(temp, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
        return target;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a directory tree; missing is fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
