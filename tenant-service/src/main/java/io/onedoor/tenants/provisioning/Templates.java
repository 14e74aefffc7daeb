package io.onedoor.tenants.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The onboarding templates shipped in {@code templates/*.json}, read and checked once at startup
 * so that a broken template stops the service instead of failing an onboarding half-way.
 */
@Component
public class Templates {

    private static final String LOCATION = "classpath*:templates/*.json";

    private final Map<String, Template> byName;

    Templates(JsonMapper json) {
        this.byName = load(json);
    }

    public Optional<Template> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    private static Map<String, Template> load(JsonMapper json) {
        Map<String, Template> templates = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = String.valueOf(resource.getFilename());
                Template template;
                try (InputStream in = resource.getInputStream()) {
                    template = json.readValue(in, Template.class);
                }
                check(file, template);
                templates.put(template.name(), template);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the onboarding templates", e);
        }
        return Map.copyOf(templates);
    }

    private static void check(String file, Template template) {
        if (!file.equals(template.name() + ".json")) {
            throw new IllegalStateException("template " + file + " is named " + template.name());
        }
        Set<String> units = new HashSet<>();
        for (Template.OrgUnitSeed unit : template.orgUnits()) {
            boolean parentKnown = unit.parent() == null || units.contains(unit.parent());
            if (unit.kind() == OrgUnitKind.CENTER
                    || !unit.suffix().matches("[0-9]{3}|[0-9]{6}")
                    || !parentKnown
                    || !units.add(unit.suffix())) {
                throw new IllegalStateException("template " + file + ": org unit " + unit.suffix()
                        + " is a second center, has a suffix other than 3 or 6 digits, is a duplicate,"
                        + " or comes before its parent");
            }
        }
        Set<String> categories = new HashSet<>();
        for (Template.CategorySeed category : template.categories()) {
            if ((category.parent() != null && !categories.contains(category.parent()))
                    || !categories.add(category.code())) {
                throw new IllegalStateException("template " + file + ": category " + category.code()
                        + " is a duplicate or comes before its parent");
            }
        }
    }
}
