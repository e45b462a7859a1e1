package dev.breakeven.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A class-data archive the benchmark forks start from (dynamic AppCDS, JEP 350, Java 13+): the first fork of a
 * sweep (the fork-cost probe's) writes the classes it loaded to a file at exit, and every later fork maps them in
 * instead of reading, parsing and verifying them from the jar again.
 *
 * <p>Why: a fork's own cost includes JVM start and class loading, and quick's first pass on two cores is about
 * 140 forks. On the 2-core build machine a fork of arithmetic took 1.19–1.35 s with the archive against 1.34–1.50
 * s without (6 pairs, alternating), about 0.13 s a fork, which quick spends on forks beside the crossings instead.
 * The archive holds class metadata only: the code that runs is the same and the JIT compiles it as before (an A/B
 * at arithmetic 3,200 read the loop and the pool within noise of the runs without it; see bench/MEASURED.md).
 *
 * <p>Left out, so the forks start as they would have: on a fork JVM older than 13, when the user's JMH JVM options
 * already say something about class-data sharing, when the forks' classpath (this JVM's) holds anything but jar
 * files (a JVM asked to write an archive with classes in a folder on its classpath stops with exit code 1, as
 * in a build's tests), when the writing fork failed ({@link #off}), and once it left no archive behind (a JVM
 * without a base archive, a full disk): the JVM then only warns in that fork's log, and later forks start without
 * one. A fork given an archive it cannot use warns and starts without it. Worker processes of the process
 * pools never use it: their start-up is part of what those strategies measure. The file lives in a temporary
 * folder removed when the sweep's JVM exits.
 */
final class ForkArchive {

    /** The first Java version that writes an archive at exit ({@code -XX:ArchiveClassesAtExit}). */
    static final int FIRST_FEATURE = 13;

    private final Path file;
    /** Whether a fork has been asked to write the archive. */
    private boolean asked;
    /** Whether the fork asked to write it failed: no fork uses it then. */
    private boolean off;

    private ForkArchive(Path file) {
        this.file = file;
    }

    /** No archive: every fork starts as the JVM would by default. */
    static ForkArchive none() {
        return new ForkArchive(null);
    }

    /**
     * An archive for forks of a JVM of this feature version, in a new temporary folder, unless the version is too
     * old or the user's fork JVM options already mention class-data sharing.
     */
    static ForkArchive forForks(int forkFeature, List<String> userJvmArgs) {
        return forForks(forkFeature, userJvmArgs, System.getProperty("java.class.path", ""));
    }

    /** As {@link #forForks(int, List)}, for forks on {@code classpath}. */
    static ForkArchive forForks(int forkFeature, List<String> userJvmArgs, String classpath) {
        if (forkFeature < FIRST_FEATURE || userJvmArgs.stream().anyMatch(ForkArchive::aboutSharing)
                || !jarsOnly(classpath)) {
            return none();
        }
        try {
            Path dir = Files.createTempDirectory("breakeven-fork-classes");
            File folder = dir.toFile();
            folder.deleteOnExit();
            Path file = dir.resolve("forks.jsa");
            file.toFile().deleteOnExit(); // removed before its folder: deleteOnExit runs in reverse order
            return new ForkArchive(file);
        } catch (IOException e) {
            return none();
        }
    }

    private static boolean jarsOnly(String classpath) {
        return !classpath.isEmpty() && java.util.Arrays.stream(classpath.split(File.pathSeparator))
                .allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)));
    }

    private static boolean aboutSharing(String arg) {
        return arg.startsWith("-Xshare") || arg.contains("SharedArchiveFile") || arg.contains("ArchiveClassesAtExit")
                || arg.contains("UseSharedSpaces") || arg.contains("SharedClassListFile");
    }

    /**
     * The flags of the next fork: the first one writes the archive, later ones start from it once it exists, and
     * none use it when it does not.
     */
    synchronized List<String> nextFork() {
        if (file == null || off) {
            return List.of();
        }
        if (Files.isRegularFile(file)) {
            return List.of("-XX:SharedArchiveFile=" + file);
        }
        if (asked) {
            return List.of();
        }
        asked = true;
        return List.of("-XX:ArchiveClassesAtExit=" + file);
    }

    /** Whether the next fork is the one that writes the archive. */
    synchronized boolean writesNext() {
        return file != null && !off && !asked && !Files.isRegularFile(file);
    }

    /** No archive from now on: the fork that wrote it failed. */
    synchronized void off() {
        off = true;
        if (file != null) {
            file.toFile().delete(); // a temporary file; what cannot be removed now goes when the JVM exits
        }
    }

    /** The archive's file, or null when there is none. */
    Path file() {
        return file;
    }
}
