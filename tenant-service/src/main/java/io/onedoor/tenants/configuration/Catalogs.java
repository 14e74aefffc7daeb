package io.onedoor.tenants.configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's catalogs shipped in {@code catalogs/}: the standard departments centers station
 * (and extend with their own), and the KPI metrics they pick from.
 */
@Component
public class Catalogs {

    private final Map<String, StandardDepartment> departments;
    private final Map<String, Metric> metrics;

    Catalogs(JsonMapper json) {
        this.departments =
                index(read(json, "catalogs/departments.json", StandardDepartment[].class), StandardDepartment::code);
        this.metrics = index(read(json, "catalogs/kpis.json", Metric[].class), Metric::code);
    }

    public List<StandardDepartment> departments() {
        return List.copyOf(departments.values());
    }

    public Optional<StandardDepartment> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    /** A stationed department's name: its own, else its catalog name, else its code. */
    public String nameOf(Department department) {
        if (department.name() != null) {
            return department.name();
        }
        return department(department.code()).map(StandardDepartment::name).orElse(department.code());
    }

    public List<Metric> metrics() {
        return List.copyOf(metrics.values());
    }

    public Optional<Metric> metric(String code) {
        return Optional.ofNullable(metrics.get(code));
    }

    public record StandardDepartment(String code, String name, String nameEn, String kind) {}

    /** A KPI metric: its definition, the range of its values and which way is better. */
    public record Metric(
            String code,
            String name,
            String nameEn,
            String definition,
            String unit,
            BigDecimal min,
            BigDecimal max,
            Better better) {

        public boolean inRange(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }

        /** Whether {@code warning} lies on the bad side of {@code target} (or on it). */
        public boolean warnsBefore(BigDecimal warning, BigDecimal target) {
            return better == Better.HIGHER ? warning.compareTo(target) <= 0 : warning.compareTo(target) >= 0;
        }
    }

    public enum Better {
        HIGHER,
        LOWER
    }

    private static <T> T[] read(JsonMapper json, String resource, Class<T[]> type) {
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no catalog " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> index(T[] items, java.util.function.Function<T, String> code) {
        Map<String, T> byCode = new LinkedHashMap<>();
        for (T item : items) {
            if (byCode.put(code.apply(item), item) != null) {
                throw new IllegalStateException("catalog code " + code.apply(item) + " is listed twice");
            }
        }
        return byCode;
    }
}
