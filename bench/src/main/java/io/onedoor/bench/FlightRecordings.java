package io.onedoor.bench;

import io.onedoor.launcher.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR recordings of the services while the load runs ({@code -Dbench.jfr=<folder>}), started and
 * stopped with jcmd so that startup and onboarding stay out of them: one file per service.
 */
final class FlightRecordings {

    private final Path folder;
    private final List<ServiceProcess> services;
    private final String label;

    private FlightRecordings(Path folder, List<ServiceProcess> services, String label) {
        this.folder = folder;
        this.services = services;
        this.label = label;
    }

    static FlightRecordings start(Path folder, List<ServiceProcess> services, String label)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        var recordings = new FlightRecordings(folder, services, label);
        for (ServiceProcess service : services) {
            List<String> arguments = new ArrayList<>(List.of(
                    "JFR.start",
                    "name=bench",
                    "settings=profile",
                    "filename=" + folder.resolve(service.name() + "-" + label + ".jfr")));
            if (Runtime.version().feature() >= 25) {
                // The CPU-time sampler (JDK 25, Linux): samples every thread by the CPU it spent,
                // where the execution sampler takes a few threads per period and saw a few hundred
                // samples of a 40-second run.
                arguments.add("jdk.CPUTimeSample#enabled=true");
                arguments.add("jdk.CPUTimeSample#throttle=2ms");
            }
            recordings.jcmd(service, arguments.toArray(String[]::new));
        }
        return recordings;
    }

    void stop() throws IOException, InterruptedException {
        for (ServiceProcess service : services) {
            jcmd(service, "JFR.stop", "name=bench");
        }
        System.out.println("  JFR recordings in " + folder);
        Path gateway = folder.resolve("gateway-" + label + ".jfr");
        if (Files.exists(gateway)) {
            printSteps(gateway);
        }
    }

    /** The gateway's per-step timing (its io.onedoor.gateway.Step events), in milliseconds. */
    private static void printSteps(Path recording) throws IOException {
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("io.onedoor.gateway.Step")) {
                steps.computeIfAbsent(event.getString("step"), step -> new ArrayList<>())
                        .add(event.getDuration().toNanos() / 1e6);
            }
        }
        if (steps.isEmpty()) {
            return;
        }
        System.out.println("  gateway steps (ms):            count      p50      p95      p99");
        steps.forEach((step, millis) -> System.out.printf(
                "    %-26s %8d %8.3f %8.3f %8.3f%n",
                step,
                millis.size(),
                Percentiles.of(millis, 50),
                Percentiles.of(millis, 95),
                Percentiles.of(millis, 99)));
    }

    private void jcmd(ServiceProcess service, String... arguments) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path jcmd = java.resolveSibling("jcmd");
        var command = new java.util.ArrayList<String>();
        command.add(jcmd.toString());
        command.add(Long.toString(service.pid()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
