package io.onedoor.tenants.configuration;

import io.onedoor.api.configuration.TemplatesApi;
import io.onedoor.api.configuration.model.TemplateRequest;
import io.onedoor.api.configuration.model.TemplateSummary;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TemplatesController implements TemplatesApi {

    private final Templates templates;
    private final TenantConfigurations configurations;
    private final Centers centers;
    private final AuditLog audit;

    TemplatesController(Templates templates, TenantConfigurations configurations, Centers centers, AuditLog audit) {
        this.templates = templates;
        this.configurations = configurations;
        this.centers = centers;
        this.audit = audit;
    }

    @Override
    public ResponseEntity<List<TemplateSummary>> listTemplates() {
        String province = RequestCaller.require().province();
        return ResponseEntity.ok(templates.visibleTo(String.valueOf(province)).stream()
                .map(TemplatesController::summary)
                .toList());
    }

    @Override
    @Transactional
    public ResponseEntity<TemplateSummary> saveConfigurationAsTemplate(String tenant, TemplateRequest request) {
        TenantCode code = TenantConfigurations.tenantCode(tenant);
        Caller caller = RequestCaller.require();
        ConfigurationVersion current = configurations.current(code);
        Centers.Center center = centers.find(tenant).orElseThrow(TenantConfigurations::tenantNotFound);
        String province = center.provinceCode();
        Template template = Template.from(
                request.getName(),
                center.level(),
                request.getDescription(),
                province,
                tenant,
                current.document(),
                center.divisionCode(),
                center.name());
        if (!templates.save(template, caller.subject())) {
            throw ProblemException.field(
                    HttpStatus.CONFLICT,
                    "template-exists",
                    "name",
                    "a template named " + request.getName() + " exists");
        }
        audit.record(AuditEntry.of("template.saved", tenant, province, request.getName())
                .after(Map.of("template", request.getName(), "fromVersion", current.version())));
        Template saved = templates.find(request.getName()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/templates/" + saved.name()))
                .body(summary(saved));
    }

    private static TemplateSummary summary(Template template) {
        return new TemplateSummary(
                        template.name(),
                        TemplateSummary.LevelEnum.fromValue(template.level().name()),
                        template.description())
                .province(template.province())
                .sourceTenant(template.sourceTenant())
                .savedAt(template.savedAt() == null ? null : template.savedAt().atOffset(ZoneOffset.UTC));
    }
}
