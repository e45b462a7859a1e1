package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theFirstForkWritesTheArchiveAndLaterForksStartFromIt() throws IOException {
        ForkArchive archive = ForkArchive.forForks(17, List.of(), jar("a.jar"));

        assertThat(archive.writesNext()).isTrue();
        assertThat(archive.nextFork()).containsExactly("-XX:ArchiveClassesAtExit=" + archive.file());
        Files.write(archive.file(), new byte[] {1}); // what the fork's JVM leaves at exit

        assertThat(archive.writesNext()).isFalse();
        assertThat(archive.nextFork()).containsExactly("-XX:SharedArchiveFile=" + archive.file());
        assertThat(archive.nextFork()).containsExactly("-XX:SharedArchiveFile=" + archive.file());
    }

    @Test
    void aForkThatLeftNoArchiveLeavesLaterForksWithoutOne() throws IOException {
        ForkArchive archive = ForkArchive.forForks(17, List.of(), jar("a.jar"));

        assertThat(archive.nextFork()).hasSize(1);

        assertThat(archive.writesNext()).isFalse();
        assertThat(archive.nextFork()).isEmpty();
        assertThat(archive.nextFork()).isEmpty();
    }

    @Test
    void aWritingForkThatFailedTurnsTheArchiveOffEvenIfItLeftAFile() throws IOException {
        ForkArchive archive = ForkArchive.forForks(17, List.of(), jar("a.jar"));
        archive.nextFork();
        Files.write(archive.file(), new byte[] {1});

        archive.off();

        assertThat(archive.nextFork()).isEmpty();
        assertThat(archive.writesNext()).isFalse();
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void noArchiveWhereWritingOneCouldStopTheForkOrTheUserChoseTheirOwnSharing() throws IOException {
        String jars = jar("a.jar") + File.pathSeparator + jar("b.jar");
        Files.createDirectories(dir.resolve("classes"));

        assertThat(ForkArchive.forForks(17, List.of(), jars).nextFork()).hasSize(1);
        assertThat(ForkArchive.forForks(11, List.of(), jars).nextFork()).as("Java 11 has no -XX:ArchiveClassesAtExit")
                .isEmpty();
        assertThat(ForkArchive.forForks(17, List.of(), jars + File.pathSeparator + dir.resolve("classes"))
                .nextFork()).as("a folder on the classpath stops a JVM that writes an archive").isEmpty();
        assertThat(ForkArchive.forForks(17, List.of("-Xshare:off"), jars).nextFork()).isEmpty();
        assertThat(ForkArchive.forForks(17, List.of("-XX:SharedArchiveFile=/tmp/mine.jsa"), jars).nextFork())
                .isEmpty();
        assertThat(ForkArchive.none().nextFork()).isEmpty();
        assertThat(ForkArchive.none().writesNext()).isFalse();
    }

    private String jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {0});
        }
        return jar.toString();
    }
}
