package io.onedoor.tenants.registry;

import io.onedoor.api.tenants.model.Provisioning;
import io.onedoor.api.tenants.model.ProvisioningStep.NameEnum;
import io.onedoor.api.tenants.model.ProvisioningStep.StatusEnum;
import io.onedoor.api.tenants.model.TenantPage;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantStatus;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads tenants as the API shows them; entities never leave this package. */
@Component
class TenantViews {

    private final TenantRepository tenants;

    TenantViews(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public Optional<io.onedoor.api.tenants.model.Tenant> find(TenantCode code) {
        return tenants.findById(code.value()).map(TenantViews::toModel);
    }

    /** One page of tenants ordered by code, after the cursor's position. */
    @Transactional(readOnly = true)
    public TenantPage page(
            @Nullable String province,
            @Nullable TenantLevel level,
            @Nullable TenantStatus status,
            int limit,
            @Nullable TenantCursor cursor) {
        Specification<Tenant> filter = (root, query, where) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (province != null) {
                predicates.add(where.equal(root.get("provinceCode"), province));
            }
            if (level != null) {
                predicates.add(where.equal(root.get("level"), level));
            }
            if (status != null) {
                predicates.add(where.equal(root.get("status"), status));
            }
            if (cursor != null) {
                predicates.add(
                        where.greaterThan(root.get("code"), cursor.after().value()));
            }
            return where.and(predicates.toArray(Predicate[]::new));
        };
        // One more than asked tells whether another page follows.
        List<Tenant> found = tenants.findBy(
                filter, query -> query.sortBy(Sort.by("code")).limit(limit + 1).all());
        TenantPage page = new TenantPage(new ArrayList<>());
        found.stream().limit(limit).map(TenantViews::toModel).forEach(page::addItemsItem);
        if (found.size() > limit) {
            page.setNextCursor(new TenantCursor(found.get(limit - 1).code()).encode());
        }
        return page;
    }

    static io.onedoor.api.tenants.model.Tenant toModel(Tenant tenant) {
        Provisioning provisioning = new Provisioning(new ArrayList<>());
        for (ProvisioningStep step : tenant.steps()) {
            provisioning.addStepsItem(new io.onedoor.api.tenants.model.ProvisioningStep(
                            NameEnum.valueOf(step.name().name()),
                            StatusEnum.valueOf(step.status().name()),
                            step.attempts())
                    .startedAt(utc(step.startedAt()))
                    .finishedAt(utc(step.finishedAt()))
                    .durationMs(step.durationMs())
                    .error(step.error()));
        }
        tenant.failedStep().ifPresent(step -> provisioning.setFailedStep(step.name()));
        return new io.onedoor.api.tenants.model.Tenant(
                        tenant.code().value(),
                        tenant.name(),
                        tenant.divisionCode(),
                        io.onedoor.api.tenants.model.TenantLevel.valueOf(
                                tenant.level().name()),
                        tenant.provinceCode(),
                        tenant.template(),
                        io.onedoor.api.tenants.model.TenantStatus.valueOf(
                                tenant.status().name()),
                        tenant.placement(),
                        new TreeMap<>(tenant.schemaVersions()),
                        tenant.version(),
                        OffsetDateTime.ofInstant(tenant.createdAt(), ZoneOffset.UTC),
                        provisioning)
                .parentCode(tenant.parentCode())
                .suspensionReason(tenant.suspensionReason())
                .activatedAt(utc(tenant.activatedAt()));
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
