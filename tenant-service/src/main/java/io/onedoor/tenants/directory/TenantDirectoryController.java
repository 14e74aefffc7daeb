package io.onedoor.tenants.directory;

import io.onedoor.api.internal.TenantDirectoryApi;
import io.onedoor.api.internal.model.TenantDirectoryEntry;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.tenants.registry.TenantRepository;
import io.onedoor.tenants.registry.TenantRepository.DirectoryRow;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's fallback when Redis holds no entry for a tenant. A found entry is also written to
 * Redis, so the next request finds it there.
 */
@RestController
class TenantDirectoryController implements TenantDirectoryApi {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectoryController.class);

    private final TenantRepository tenants;
    private final TenantDirectory directory;

    TenantDirectoryController(TenantRepository tenants, TenantDirectory directory) {
        this.tenants = tenants;
        this.directory = directory;
    }

    private static ProblemException notFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
        // Not the request path, which repeats whatever code the caller sent.
        problem.setInstance(URI.create("/internal/v1/tenant-directory"));
        return new ProblemException(problem);
    }

    @Override
    public ResponseEntity<TenantDirectoryEntry> lookUpTenant(String tenant) {
        DirectoryRow row = TenantCode.parse(tenant)
                .flatMap(code -> tenants.findDirectoryRow(code.value()))
                .orElseThrow(TenantDirectoryController::notFound);
        var entry = row.entry();
        try {
            directory.write(entry);
        } catch (RuntimeException e) {
            log.warn("could not write the directory entry of tenant {}", entry.code(), e);
        }
        return ResponseEntity.ok(new TenantDirectoryEntry(
                entry.code(),
                TenantDirectoryEntry.StatusEnum.valueOf(entry.status().name()),
                entry.version(),
                entry.provinceCode()));
    }
}
