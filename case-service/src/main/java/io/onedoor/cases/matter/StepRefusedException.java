package io.onedoor.cases.matter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step whose input the matter's rules or the center's configuration refuse, naming every field
 * at fault (a missing reason, a department not stationed at the center).
 */
public class StepRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fields;

    public StepRefusedException(String field, String message) {
        this(Map.of(field, message));
    }

    /** @param fields each field at fault and what is wrong with it, in the order to show them */
    public StepRefusedException(Map<String, String> fields) {
        super(String.join("; ", fields.values()));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one field");
        }
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    /** The fields in the order they were given. */
    public Iterable<Map.Entry<String, String>> inOrder() {
        return fields.entrySet();
    }
}
