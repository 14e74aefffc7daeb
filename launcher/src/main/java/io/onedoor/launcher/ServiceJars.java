package io.onedoor.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the runnable jar of each service is. */
public record ServiceJars(Path gateway, Path tenantService, Path caseService) {

    /** The jars as `mvn install` leaves them in a checkout. */
    public static ServiceJars fromRepository(Path root) throws IOException {
        return new ServiceJars(
                execJar(root.resolve("gateway/target")),
                execJar(root.resolve("tenant-service/target")),
                execJar(root.resolve("case-service/target")));
    }

    /** The jars copied into one folder (as the system tests and the benchmark do). */
    public static ServiceJars fromDirectory(Path dir) throws IOException {
        return new ServiceJars(
                execJar(dir, "onedoor-gateway"),
                execJar(dir, "onedoor-tenant-service"),
                execJar(dir, "onedoor-case-service"));
    }

    private static Path execJar(Path targetDir) throws IOException {
        return execJar(targetDir, "onedoor-");
    }

    private static Path execJar(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return dir.resolve(prefix + "-exec.jar");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith("-exec.jar");
                    })
                    .findFirst()
                    .orElse(dir.resolve(prefix + "-exec.jar"));
        }
    }
}
