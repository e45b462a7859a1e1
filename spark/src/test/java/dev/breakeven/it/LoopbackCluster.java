package dev.breakeven.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.logging.slf4j.SLF4JServiceProvider;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on 127.0.0.1, from the Spark jars Maven fetched (no downloaded
 * distribution): a master and one worker as child JVMs, started with their own main classes as
 * {@code sbin/start-master.sh} and {@code sbin/start-worker.sh} would. The worker launches executors with
 * the class path of {@code SPARK_HOME/jars}, so a folder of links to those jars stands in for Spark's
 * home. {@link #close()} stops the worker's executors, the worker and the master, and a shutdown hook does
 * it if the test JVM ends first.
 */
final class LoopbackCluster implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private final int uiPort;
    private final List<Process> processes = new ArrayList<>();
    private final Thread hook = new Thread(this::stop, "loopback-cluster-stop");

    private LoopbackCluster(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePort();
        this.uiPort = freePort();
    }

    /** Starts a master and a worker offering {@code cores} cores and {@code memory} (e.g. 1g) to applications. */
    static LoopbackCluster start(Path dir, int cores, String memory) throws Exception {
        LoopbackCluster cluster = new LoopbackCluster(dir);
        Runtime.getRuntime().addShutdownHook(cluster.hook);
        try {
            cluster.home();
            cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", Integer.toString(cluster.port), "--webui-port", Integer.toString(cluster.uiPort));
            cluster.await("master", state -> "ALIVE".equals(state.path("status").asText()));
            cluster.launch("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", Integer.toString(cores), "--memory", memory, "--webui-port",
                    Integer.toString(freePort()), "--work-dir", dir.resolve("work").toString(), cluster.url());
            cluster.await("worker", state -> state.path("aliveworkers").asInt() == 1);
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** The master's URL, as {@code --spark-master} takes it. */
    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** The last lines of the master's and worker's logs, for a failing test's message. */
    String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("master", "worker")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(name + ".log"));
                text.append("--- ").append(name).append(".log\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            } catch (IOException e) {
                text.append("--- no ").append(name).append(".log\n");
            }
        }
        return text.toString();
    }

    /** Spark's home for the worker: {@code jars/} linking every jar of the Spark build, plus a logger. */
    private void home() throws Exception {
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        for (String jar : classPath()) {
            Path source = Path.of(jar);
            Files.createSymbolicLink(jars.resolve(source.getFileName()), source);
        }
    }

    private static List<String> classPath() throws Exception {
        List<String> jars = new ArrayList<>(List.of(Files.readString(
                Path.of(System.getProperty("breakeven.spark.classpath"))).strip().split(":")));
        jars.add(Path.of(SLF4JServiceProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());
        return jars;
    }

    private void launch(String name, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(String.join(":", classPath()));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");   // what a distribution's folder name would tell the launcher
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(builder.start());
    }

    /** Polls the master's JSON status until {@code ready} holds, or fails with the logs. */
    private void await(String what, Predicate<JsonNode> ready) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("the " + what + " exited\n" + logs());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(new ObjectMapper().readTree(response.body()))) {
                    return;
                }
            } catch (IOException notYet) {
                // the master's web UI is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the " + what + " was not ready in " + START.toSeconds() + " s\n" + logs());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops executors first (the worker's children), then the worker, then the master. */
    private synchronized void stop() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down and runs the hook itself
        }
    }
}
