package dev.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package map holds: every package under {@code src/main/java/dev/breakeven} has a
 * {@code package-info.java} saying what it is for and what it may import, and no source file imports more
 * than its package's rule allows (read from the files' {@code import} lines, so a wrong import fails the
 * build). {@link #RULES} is the same rules as the package-info files, in code: change both together.
 */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<String> JDK = List.of("java", "javax", "jdk", "org.w3c.dom", "org.xml.sax");

    /** What a package may import besides the JDK; a rule ending in ".." covers the subpackages too. */
    record Rule(String pkg, List<String> mayImport) {

        boolean covers(String p) {
            return pkg.endsWith("..") ? within(p, pkg.substring(0, pkg.length() - 2)) : p.equals(pkg);
        }

        boolean allows(String imported) {
            return Stream.concat(JDK.stream(), mayImport.stream()).anyMatch(a -> within(imported, a));
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("dev.breakeven.api", List.of("dev.breakeven.api", "dev.breakeven.tasks")),
            new Rule("dev.breakeven.tasks", List.of("dev.breakeven.tasks", "dev.breakeven.api",
                    "org.apache.commons.math3")),
            new Rule("dev.breakeven.strategies..", List.of("dev.breakeven.strategies", "dev.breakeven.tasks")),
            new Rule("dev.breakeven.bench", List.of("dev.breakeven.bench", "dev.breakeven.strategies",
                    "dev.breakeven.tasks", "org.openjdk.jmh")),
            new Rule("dev.breakeven.sweep", List.of("dev.breakeven.sweep", "dev.breakeven.bench",
                    "dev.breakeven.strategies", "dev.breakeven.tasks", "dev.breakeven.stats", "dev.breakeven.results",
                    "org.openjdk.jmh", "org.apache.commons.math3", "com.fasterxml.jackson", "oshi")),
            new Rule("dev.breakeven.stats", List.of("dev.breakeven.stats", "org.apache.commons.math3")),
            new Rule("dev.breakeven.results", List.of("dev.breakeven.results", "com.fasterxml.jackson")),
            new Rule("dev.breakeven.report..", List.of("dev.breakeven.report", "dev.breakeven.stats",
                    "dev.breakeven.results", "org.apache.commons.math3", "org.knowm.xchart", "com.fasterxml.jackson",
                    "picocli")),
            new Rule("dev.breakeven.cli", List.of("dev.breakeven", "picocli", "org.openjdk.jmh",
                    "com.fasterxml.jackson")));

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");

    @Test
    void everyImportFollowsItsPackagesRule() {
        List<String> broken = new ArrayList<>();
        for (Path file : sources()) {
            broken.addAll(violations(file.toString(), read(file)));
        }
        assertThat(broken).as("imports that break the package rules (see each package-info.java)").isEmpty();
    }

    @Test
    void everyPackageHasAPackageInfoAndARule() {
        Map<String, Boolean> hasInfo = new TreeMap<>();
        for (Path file : sources()) {
            packageOf(read(file)).ifPresent(p -> hasInfo.merge(p,
                    file.getFileName().toString().equals("package-info.java"), Boolean::logicalOr));
        }
        assertThat(hasInfo).as("packages without package-info.java").allSatisfy((p, info) -> assertThat(info)
                .as("%s has no package-info.java saying what it is for and what it may import", p).isTrue());
        assertThat(hasInfo.keySet()).as("packages without a rule in PackageRulesTest.RULES")
                .allSatisfy(p -> assertThat(ruleFor(p)).as(p).isPresent());
    }

    @Test
    void aReportClassThatImportsATaskIsCaught() {
        String source = "package dev.breakeven.report.charts;\n\nimport java.util.List;\n"
                + "import dev.breakeven.tasks.TaskType;\nimport static dev.breakeven.sweep.Sizes.parse;\n";
        assertThat(violations("Bad.java", source)).hasSize(2)
                .allSatisfy(v -> assertThat(v).startsWith("Bad.java imports dev.breakeven."))
                .anySatisfy(v -> assertThat(v).contains("dev.breakeven.tasks.TaskType"))
                .anySatisfy(v -> assertThat(v).contains("dev.breakeven.sweep.Sizes.parse"));
        assertThat(violations("Good.java", "package dev.breakeven.report.io;\nimport dev.breakeven.report.Format;\n"))
                .isEmpty();
    }

    /** One line per import of {@code source} that its package's rule does not allow. */
    static List<String> violations(String file, String source) {
        Optional<String> pkg = packageOf(source);
        if (pkg.isEmpty()) {
            return List.of();
        }
        Optional<Rule> rule = ruleFor(pkg.get());
        if (rule.isEmpty()) {
            return List.of(file + ": package " + pkg.get() + " has no rule in PackageRulesTest.RULES");
        }
        List<String> broken = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            String imported = m.group(1);
            if (!rule.get().allows(imported)) {
                broken.add(file + " imports " + imported + ", but " + rule.get().pkg() + " may import only the JDK and "
                        + rule.get().mayImport());
            }
        }
        return broken;
    }

    private static Optional<Rule> ruleFor(String pkg) {
        return RULES.stream().filter(r -> r.covers(pkg)).findFirst();
    }

    private static Optional<String> packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean within(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }

    private static List<Path> sources() {
        assertThat(SOURCES.resolve("dev/breakeven")).as("run from the project root").isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
