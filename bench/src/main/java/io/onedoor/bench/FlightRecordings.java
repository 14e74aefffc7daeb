package io.onedoor.bench;

import io.onedoor.launcher.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JFR recordings of the services while the load runs ({@code -Dbench.jfr=<folder>}), started and
 * stopped with jcmd so that startup and onboarding stay out of them: one file per service.
 */
final class FlightRecordings {

    private final Path folder;
    private final List<ServiceProcess> services;

    private FlightRecordings(Path folder, List<ServiceProcess> services) {
        this.folder = folder;
        this.services = services;
    }

    static FlightRecordings start(Path folder, List<ServiceProcess> services, String label)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        var recordings = new FlightRecordings(folder, services);
        for (ServiceProcess service : services) {
            recordings.jcmd(
                    service,
                    "JFR.start",
                    "name=bench",
                    "settings=profile",
                    "filename=" + folder.resolve(service.name() + "-" + label + ".jfr"));
        }
        return recordings;
    }

    void stop() throws IOException, InterruptedException {
        for (ServiceProcess service : services) {
            jcmd(service, "JFR.stop", "name=bench");
        }
        System.out.println("  JFR recordings in " + folder);
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
