package dev.breakeven.sweep;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/** What the machine is and how busy it is now, read through OSHI (Linux, macOS and Windows alike). */
public final class MachineFacts {

    private final SystemInfo system = new SystemInfo();
    private final CentralProcessor cpu = system.getHardware().getProcessor();
    private final GlobalMemory memory = system.getHardware().getMemory();
    private final OperatingSystem os = system.getOperatingSystem();

    public String host() {
        String name = os.getNetworkParams().getHostName();
        return name == null || name.isBlank() ? "localhost" : name;
    }

    /**
     * Logical cores this process may use: the machine's, or fewer when taskset, a cgroup or a container
     * limits it (the JVM's view). This is N of the worker ladder.
     */
    public int logicalCores() {
        return Math.min(machineLogicalCores(), Runtime.getRuntime().availableProcessors());
    }

    /** Logical cores (hardware threads) of the whole machine. */
    public int machineLogicalCores() {
        return cpu.getLogicalProcessorCount();
    }

    public int physicalCores() {
        return cpu.getPhysicalProcessorCount();
    }

    public long totalMemory() {
        return memory.getTotal();
    }

    /** Memory the OS could give a new process now (free plus reclaimable cache), in bytes. */
    public long availableMemory() {
        return memory.getAvailable();
    }

    /** One-minute load average, or -1 where the OS has none (Windows). */
    public double loadAverage() {
        return cpu.getSystemLoadAverage(1)[0];
    }

    public int processCount() {
        return os.getProcessCount();
    }

    /** The operating system, as OSHI names it. */
    public String os() {
        return os.toString();
    }

    public String cpuModel() {
        return cpu.getProcessorIdentifier().getName().trim();
    }

    /** CPU time used so far (ms) by each process that is not this JVM or one of its children. */
    public Map<Integer, Long> othersCpuMillis() {
        Set<Integer> ours = ProcessHandle.current().descendants().map(p -> (int) p.pid())
                .collect(Collectors.toSet());
        ours.add((int) ProcessHandle.current().pid());
        Map<Integer, Long> cpuMillis = new HashMap<>();
        for (OSProcess p : os.getProcesses()) {
            if (!ours.contains(p.getProcessID())) {
                cpuMillis.put(p.getProcessID(), p.getKernelTime() + p.getUserTime());
            }
        }
        return cpuMillis;
    }

    /** A running process with its owner and the share of one core it used since it started. */
    public record Busy(int pid, String user, String name, double cores) {
    }

    /** Processes of others that used at least {@code minCores} on average over the last {@code millis}. */
    public List<Busy> busyProcesses(double minCores, long millis) throws InterruptedException {
        Map<Integer, Long> before = othersCpuMillis();
        Thread.sleep(millis);
        Map<Integer, OSProcess> now = os.getProcesses().stream()
                .collect(Collectors.toMap(OSProcess::getProcessID, p -> p, (a, b) -> a));
        return othersCpuMillis().entrySet().stream()
                .map(e -> {
                    OSProcess p = now.get(e.getKey());
                    double used = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (double) millis;
                    return p == null ? null : new Busy(e.getKey(), p.getUser(), p.getName(), used);
                })
                .filter(b -> b != null && b.cores() >= minCores)
                .sorted(Comparator.comparingDouble(Busy::cores).reversed())
                .toList();
    }

    /** Cores used on average by other processes between two {@link #othersCpuMillis()} readings. */
    public static double othersCores(Map<Integer, Long> before, Map<Integer, Long> after, long elapsedMillis) {
        long used = 0;
        for (Map.Entry<Integer, Long> e : after.entrySet()) {
            used += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return elapsedMillis <= 0 ? 0 : used / (double) elapsedMillis;
    }
}
