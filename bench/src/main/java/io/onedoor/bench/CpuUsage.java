package io.onedoor.bench;

import io.onedoor.launcher.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time each process of the platform spends over a run, read from /proc (Linux): the three
 * services, PostgreSQL (all its processes), Redis, and this benchmark's own load generator. Divided
 * by the requests served, it shows where each request's CPU goes, which latency alone hides on a
 * machine where everything shares two cores.
 */
final class CpuUsage {

    /** Linux's USER_HZ, the unit of utime and stime in /proc/[pid]/stat, is 100 on every common build. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> before;
    private final List<ServiceProcess> services;

    private CpuUsage(List<ServiceProcess> services) {
        this.services = services;
        this.before = read(services);
    }

    static CpuUsage start(List<ServiceProcess> services) {
        return new CpuUsage(services);
    }

    /** Milliseconds of CPU per request since the start, per process group; empty off Linux. */
    Map<String, Double> perRequest(int requests) {
        return divided(millisSinceStart(), requests);
    }

    /** Milliseconds of CPU since the start, per process group; empty off Linux. */
    Map<String, Double> millisSinceStart() {
        Map<String, Long> after = read(services);
        Map<String, Double> millis = new LinkedHashMap<>();
        after.forEach(
                (name, ticks) -> millis.put(name, (ticks - before.getOrDefault(name, 0L)) / TICKS_PER_SECOND * 1000));
        return millis;
    }

    static Map<String, Double> divided(Map<String, Double> millis, int requests) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        millis.forEach((name, value) -> perRequest.put(name, value / Math.max(1, requests)));
        return perRequest;
    }

    static String format(Map<String, Double> perRequest) {
        if (perRequest.isEmpty()) {
            return "CPU per request: not measured (no /proc)";
        }
        StringBuilder line = new StringBuilder("CPU ms per request:");
        double total = 0;
        for (var entry : perRequest.entrySet()) {
            line.append(" %s %.2f,".formatted(entry.getKey(), entry.getValue()));
            total += entry.getValue();
        }
        return line.append(" total %.2f".formatted(total)).toString();
    }

    private static Map<String, Long> read(List<ServiceProcess> services) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return ticks;
        }
        for (ServiceProcess service : services) {
            ticks.put(service.name(), ticksOf(service.pid()));
        }
        ticks.put("postgres", ticksOfCommand("postgres"));
        ticks.put("redis", ticksOfCommand("redis-server"));
        ticks.put("load generator", ticksOf(ProcessHandle.current().pid()));
        return ticks;
    }

    private static long ticksOfCommand(String command) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(path -> command.equals(commandOf(path)))
                    .mapToLong(path -> ticksOf(Long.parseLong(path.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String commandOf(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }

    /** utime + stime of a process; 0 if it is gone. */
    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command (field 2) is in parentheses and may hold spaces: count fields after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
