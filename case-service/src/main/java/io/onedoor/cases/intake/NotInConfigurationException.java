package io.onedoor.cases.intake;

import java.util.List;
import java.util.Map;

/** A registration naming codes the center's configuration does not have (or has retired). */
public class NotInConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Map.Entry<String, String>> fields;

    /** @param fields each field at fault and what is wrong with it, in the order to show them */
    public NotInConfigurationException(List<Map.Entry<String, String>> fields) {
        super(String.join("; ", fields.stream().map(Map.Entry::getValue).toList()));
        this.fields = List.copyOf(fields);
    }

    /** The fields in the order they were given. */
    public List<Map.Entry<String, String>> inOrder() {
        return fields;
    }
}
