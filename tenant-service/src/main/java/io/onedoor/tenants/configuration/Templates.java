package io.onedoor.tenants.configuration;

import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.TenantLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Onboarding templates: the platform's own, shipped in {@code templates/*.json} and checked
 * against the configuration rules at startup (a broken one stops the service rather than an
 * onboarding half-way), and those operators saved from configured centers
 * ({@code platform.config_template}).
 */
@Component
public class Templates {

    private static final String LOCATION = "classpath*:templates/*.json";
    /** Stands in for a center's division code when a template is checked. */
    private static final String SAMPLE_DIVISION = "999999";

    private final Map<String, Template> shipped;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    Templates(JsonMapper json, JdbcTemplate jdbc, Catalogs catalogs) {
        this.json = json;
        this.jdbc = jdbc;
        this.shipped = load(json, new ConfigurationRules(catalogs));
    }

    public Optional<Template> find(String name) {
        Template template = shipped.get(name);
        if (template != null) {
            return Optional.of(template);
        }
        return jdbc
                .query(
                        "select * from platform.config_template where name = ?",
                        (rs, n) -> new Template(
                                rs.getString("name"),
                                TenantLevel.valueOf(rs.getString("level")),
                                rs.getString("description"),
                                rs.getString("province_code"),
                                rs.getString("source_tenant"),
                                rs.getTimestamp("saved_at").toInstant(),
                                json.readValue(rs.getString("document"), CenterConfiguration.class)),
                        name)
                .stream()
                .findFirst();
    }

    /** Every template name, for the problem that names an unknown one. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(shipped.keySet());
        names.addAll(jdbc.queryForList("select name from platform.config_template", String.class));
        return List.copyOf(names);
    }

    /** The templates an operator of the province may use, by name. */
    public List<Template> visibleTo(String province) {
        List<Template> visible = new ArrayList<>(shipped.values());
        for (String name : jdbc.queryForList(
                "select name from platform.config_template where province_code = ?", String.class, province)) {
            find(name).ifPresent(visible::add);
        }
        visible.sort(java.util.Comparator.comparing(Template::name));
        return visible;
    }

    /** Saves an operator's template; false if the name is taken. */
    boolean save(Template template, String savedBy) {
        if (shipped.containsKey(template.name())) {
            return false;
        }
        try {
            jdbc.update(
                    "insert into platform.config_template"
                            + " (name, level, description, province_code, source_tenant, document, saved_by)"
                            + " values (?, ?, ?, ?, ?, ?::jsonb, ?)",
                    template.name(),
                    template.level().name(),
                    template.description(),
                    template.province(),
                    template.sourceTenant(),
                    json.writeValueAsString(template.document()),
                    savedBy);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static Map<String, Template> load(JsonMapper json, ConfigurationRules rules) {
        Map<String, Template> templates = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = String.valueOf(resource.getFilename());
                Template template;
                try (InputStream in = resource.getInputStream()) {
                    template = json.readValue(in, Template.class);
                }
                if (!file.equals(template.name() + ".json")) {
                    throw new IllegalStateException("template " + file + " is named " + template.name());
                }
                List<FieldProblem> problems = rules.check(
                        template.instantiate(SAMPLE_DIVISION, "sample"),
                        CenterConfiguration.EMPTY,
                        SAMPLE_DIVISION,
                        ConfigurationRules.OpenMatters.NONE);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(
                            "template " + file + " breaks the configuration rules: " + problems);
                }
                templates.put(template.name(), template);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the onboarding templates", e);
        }
        return Map.copyOf(templates);
    }
}
