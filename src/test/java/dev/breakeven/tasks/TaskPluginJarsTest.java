package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakeven.testplugins.PluginJars;
import dev.breakeven.testplugins.TestPlugin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a plug-in jar can be unusable ends in one line naming the jar and the fix. */
class TaskPluginJarsTest {

    @TempDir
    Path dir;

    @Test
    void aGoodJarAddsItsTasksAfterTheCatalogue() throws Exception {
        Path jar = PluginJars.of(dir.resolve("honest.jar"), TestPlugin.Honest.class);
        List<TaskType> tasks = TaskPlugins.load(jar.toString());
        assertThat(tasks).extracting(TaskType::id).containsExactly("honest");
        assertThat(tasks.get(0).inCatalogue()).isFalse();
        try (Task task = tasks.get(0).create(10, TaskSpec.DEFAULT_SEED)) {
            assertThat(task.run(3)).isEqualTo(task.run(3));
        }
    }

    @Test
    void aMissingJar() {
        assertOneLine(dir.resolve("nowhere.jar").toString(), "nowhere.jar: no such file");
    }

    @Test
    void aJarWithoutServicesFile() throws Exception {
        Path jar = PluginJars.write(dir.resolve("plain.jar"), null);
        assertOneLine(jar.toString(), "plain.jar: no plug-in task in it; list your task classes in META-INF/services/");
    }

    @Test
    void aServicesFileNamingAMissingClass() throws Exception {
        Path jar = PluginJars.write(dir.resolve("missing.jar"), List.of("org.example.Gone"));
        assertOneLine(jar.toString(), "missing.jar: a plug-in task cannot be loaded", "org.example.Gone");
    }

    @Test
    void aClassThatIsNoTaskPlugin() throws Exception {
        Path jar = PluginJars.write(dir.resolve("wrong.jar"), List.of(TestPlugin.NotAPlugin.class.getName()));
        assertOneLine(jar.toString(), "wrong.jar: a plug-in task cannot be loaded", "NotAPlugin",
                "implement dev.breakeven.api.TaskPlugin");
    }

    @Test
    void aNameTakenByTheCatalogue() throws Exception {
        Path jar = PluginJars.write(dir.resolve("twice.jar"), List.of(TestPlugin.Honest.class.getName()));
        Path again = PluginJars.write(dir.resolve("again.jar"), List.of(TestPlugin.Honest.class.getName()));
        assertOneLine(jar + java.io.File.pathSeparator + again, "a task named 'honest' is already loaded");
    }

    private static void assertOneLine(String jars, String... parts) {
        assertThatThrownBy(() -> TaskPlugins.load(jars)).isInstanceOf(TaskPlugins.TaskPluginException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith("--task-jar ")
                        .contains(parts));
    }
}
