package io.onedoor.cases.clocks;

import io.onedoor.cases.CaseServiceApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A case-service replica in a JVM of its own, for a test to kill: the service with {@link
 * RecordingAlarms}, configured by its arguments ({@code key=value} each).
 */
public final class ReplicaProcess {

    private ReplicaProcess() {}

    public static void main(String[] args) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            properties.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        new SpringApplicationBuilder(CaseServiceApplication.class)
                .sources(RecordingAlarms.class)
                .properties(properties)
                .run();
    }
}
