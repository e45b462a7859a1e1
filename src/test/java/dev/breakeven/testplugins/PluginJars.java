package dev.breakeven.testplugins;

import dev.breakeven.api.TaskPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Plug-in jars made at test time: the compiled classes of this package (so a JVM whose class path is only
 * breakeven's finds them) and a services file naming whatever the test says.
 */
public final class PluginJars {

    public static final String SERVICES = "META-INF/services/" + TaskPlugin.class.getName();

    private PluginJars() {
    }

    /** A jar at {@code jar} with this package's classes and, when {@code services} is not null, that services file. */
    public static Path write(Path jar, List<String> services) throws IOException {
        Path classes;
        try {
            classes = Path.of(TestPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path dir = classes.resolve(TestPlugin.class.getPackageName().replace('.', '/'));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
            if (services != null) {
                out.putNextEntry(new JarEntry(SERVICES));
                out.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A jar registering the plug-in {@code plugin}. */
    public static Path of(Path jar, Class<? extends TaskPlugin> plugin) throws IOException {
        return write(jar, List.of(plugin.getName()));
    }
}
