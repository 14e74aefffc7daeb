package io.onedoor.tenants.configuration;

import io.onedoor.api.configuration.CatalogsApi;
import io.onedoor.api.configuration.model.CatalogDepartment;
import io.onedoor.api.configuration.model.KpiMetric;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class CatalogsController implements CatalogsApi {

    private final List<CatalogDepartment> departments;
    private final List<KpiMetric> metrics;

    CatalogsController(Catalogs catalogs, JsonMapper json) {
        this.departments = catalogs.departments().stream()
                .map(d -> json.convertValue(d, CatalogDepartment.class))
                .toList();
        this.metrics = catalogs.metrics().stream()
                .map(m -> json.convertValue(m, KpiMetric.class))
                .toList();
    }

    @Override
    public ResponseEntity<List<CatalogDepartment>> listCatalogDepartments() {
        return ResponseEntity.ok(departments);
    }

    @Override
    public ResponseEntity<List<KpiMetric>> listCatalogKpis() {
        return ResponseEntity.ok(metrics);
    }
}
