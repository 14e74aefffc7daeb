package io.onedoor.tenants.configuration;

import io.onedoor.api.configuration.ConfigurationApi;
import io.onedoor.api.configuration.model.ConfigurationDocument;
import io.onedoor.api.configuration.model.ConfigurationSection;
import io.onedoor.api.configuration.model.ConfigurationVersionPage;
import io.onedoor.api.configuration.model.ModelConfiguration;
import io.onedoor.api.configuration.model.WorkingDays;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.configuration.workbook.ConfigurationWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
class ConfigurationController implements ConfigurationApi {

    /** The properties of a version that are not part of its document. */
    private static final List<String> VERSION_FACTS = List.of("tenant", "version", "savedAt", "savedBy", "summary");

    private final TenantConfigurations configurations;
    private final CenterCalendars calendars;
    private final Catalogs catalogs;
    private final ConfigurationWorkbook workbook;
    private final JsonMapper json;

    ConfigurationController(
            TenantConfigurations configurations,
            CenterCalendars calendars,
            Catalogs catalogs,
            ConfigurationWorkbook workbook,
            JsonMapper json) {
        this.configurations = configurations;
        this.calendars = calendars;
        this.catalogs = catalogs;
        this.workbook = workbook;
        this.json = json;
    }

    @Override
    public ResponseEntity<ModelConfiguration> getConfiguration(String tenant) {
        return answer(tenant, configurations.current(TenantConfigurations.tenantCode(tenant)));
    }

    @Override
    public ResponseEntity<ModelConfiguration> replaceConfiguration(
            String tenant, ConfigurationDocument body, @Nullable String ifMatch) {
        return answer(
                tenant,
                configurations.replace(
                        TenantConfigurations.tenantCode(tenant), document(body, null), ifMatch, actor()));
    }

    @Override
    public ResponseEntity<ModelConfiguration> replaceConfigurationSection(
            String tenant, ConfigurationSection section, ConfigurationDocument body, @Nullable String ifMatch) {
        CenterConfiguration.Section which = CenterConfiguration.Section.ofPath(section.getValue())
                .orElseThrow(() -> new IllegalStateException("unmapped section " + section));
        return answer(
                tenant,
                configurations.replace(
                        TenantConfigurations.tenantCode(tenant), which, document(body, which), ifMatch, actor()));
    }

    @Override
    public ResponseEntity<ConfigurationVersionPage> listConfigurationVersions(
            String tenant, @Nullable Long before, Integer limit) {
        List<ConfigurationVersion.Summary> page =
                configurations.history(TenantConfigurations.tenantCode(tenant), before, limit);
        ConfigurationVersionPage answer = new ConfigurationVersionPage(page.stream()
                .map(v -> new io.onedoor.api.configuration.model.ConfigurationVersion(
                                v.version(), v.savedAt().atOffset(ZoneOffset.UTC), v.savedBy())
                        .summary(v.summary()))
                .toList());
        if (page.size() == limit && page.getLast().version() > 1) {
            answer.nextBefore(page.getLast().version());
        }
        return ResponseEntity.ok(answer);
    }

    @Override
    public ResponseEntity<ModelConfiguration> getConfigurationVersion(String tenant, Long version) {
        return ResponseEntity.ok(
                model(tenant, configurations.version(TenantConfigurations.tenantCode(tenant), version)));
    }

    @Override
    public ResponseEntity<ModelConfiguration> restoreConfigurationVersion(
            String tenant, Long version, @Nullable String ifMatch) {
        return answer(
                tenant, configurations.restore(TenantConfigurations.tenantCode(tenant), version, ifMatch, actor()));
    }

    @Override
    public ResponseEntity<Resource> exportConfigurationWorkbook(String tenant) {
        ConfigurationVersion current = configurations.current(TenantConfigurations.tenantCode(tenant));
        return ResponseEntity.ok()
                .eTag(EntityTags.of(current.version()))
                .header(HttpHeaders.CONTENT_TYPE, ConfigurationWorkbook.MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(tenant + "-configuration-v" + current.version() + ".xlsx")
                                .build()
                                .toString())
                .body(new ByteArrayResource(workbook.write(current.document())));
    }

    @Override
    public ResponseEntity<ModelConfiguration> importConfigurationWorkbook(
            String tenant, Resource body, @Nullable String ifMatch) {
        // Every cell at fault is listed in one 400 (WorkbookProblems); then the rules, as for JSON.
        CenterConfiguration document;
        try (InputStream in = body.getInputStream()) {
            document = workbook.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer(
                tenant, configurations.replace(TenantConfigurations.tenantCode(tenant), document, ifMatch, actor()));
    }

    @Override
    public ResponseEntity<io.onedoor.api.configuration.model.Presence> getPresence(String tenant, LocalDate date) {
        CenterConfiguration configuration =
                configurations.current(TenantConfigurations.tenantCode(tenant)).document();
        Presence presence =
                calendarAnswer(() -> Presence.on(date, configuration, calendar(tenant, configuration), catalogs));
        return ResponseEntity.ok(json.convertValue(presence, io.onedoor.api.configuration.model.Presence.class));
    }

    @Override
    public ResponseEntity<WorkingDays> addWorkingDays(String tenant, LocalDate from, Integer add) {
        CenterConfiguration configuration =
                configurations.current(TenantConfigurations.tenantCode(tenant)).document();
        LocalDate date = calendarAnswer(() -> calendar(tenant, configuration).addWorkingDays(from, add));
        return ResponseEntity.ok(new WorkingDays(from, add, date));
    }

    private WorkingCalendar calendar(String tenant, CenterConfiguration configuration) {
        return calendars.of(tenant, configuration);
    }

    /** A year without its official notice has no exact answer: 422, never a guess. */
    private static <T> T calendarAnswer(java.util.function.Supplier<T> answer) {
        try {
            return answer.get();
        } catch (WorkingCalendar.UnknownYearException e) {
            throw ProblemException.of(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "calendar-year-unknown",
                    "No working calendar for that year",
                    e.getMessage());
        }
    }

    /**
     * The domain document from the API's: the same JSON shape. For a section update only that
     * section may be present, so that a whole document sent to a section's URL is not half-applied.
     */
    private CenterConfiguration document(ConfigurationDocument body, CenterConfiguration.@Nullable Section section) {
        ObjectNode tree = json.valueToTree(body);
        // An export carries its version's facts; they describe what was saved, not what to save.
        tree.remove(VERSION_FACTS);
        if (section != null) {
            List<FieldProblem> problems = new ArrayList<>();
            for (String field : tree.propertyNames()) {
                if (!field.equals(section.field())) {
                    problems.add(new FieldProblem(
                            field, "only " + section.field() + " may be sent to the " + section.path() + " section"));
                }
            }
            if (!tree.has(section.field())) {
                problems.add(
                        new FieldProblem(section.field(), "is required to replace the " + section.path() + " section"));
            }
            if (!problems.isEmpty()) {
                throw new ProblemException(
                        Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", problems));
            }
        }
        List<FieldProblem> holes = new ArrayList<>();
        nullItems(tree, "", holes);
        if (!holes.isEmpty()) {
            throw new ProblemException(
                    Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", holes));
        }
        return json.convertValue(tree, CenterConfiguration.class);
    }

    /** A null inside a list (which bean validation lets through) would be an item of nothing. */
    private static void nullItems(JsonNode node, String at, List<FieldProblem> holes) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    holes.add(new FieldProblem(at + "[" + i + "]", "must not be null"));
                } else {
                    nullItems(node.get(i), at + "[" + i + "]", holes);
                }
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                nullItems(field.getValue(), at.isEmpty() ? field.getKey() : at + "." + field.getKey(), holes);
            }
        }
    }

    private ResponseEntity<ModelConfiguration> answer(String tenant, ConfigurationVersion version) {
        return ResponseEntity.ok().eTag(EntityTags.of(version.version())).body(model(tenant, version));
    }

    private ModelConfiguration model(String tenant, ConfigurationVersion version) {
        ModelConfiguration model = json.convertValue(version.document(), ModelConfiguration.class);
        return model.tenant(tenant)
                .version(version.version())
                .savedAt(version.savedAt().atOffset(ZoneOffset.UTC))
                .savedBy(version.savedBy())
                .summary(version.summary());
    }

    static String actor() {
        return RequestCaller.require().subject();
    }
}
