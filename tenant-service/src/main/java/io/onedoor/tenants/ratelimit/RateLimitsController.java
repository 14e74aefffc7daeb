package io.onedoor.tenants.ratelimit;

import io.onedoor.api.tenants.RateLimitsApi;
import io.onedoor.api.tenants.model.RateLimitSetting;
import io.onedoor.support.web.EntityTags;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's own request limit, as {@code tenants.yaml} defines it. */
@RestController
class RateLimitsController implements RateLimitsApi {

    private final TenantRateLimits limits;

    RateLimitsController(TenantRateLimits limits) {
        this.limits = limits;
    }

    @Override
    public ResponseEntity<io.onedoor.api.tenants.model.TenantRateLimit> getTenantRateLimit(String code) {
        return answer(limits.of(code));
    }

    @Override
    public ResponseEntity<io.onedoor.api.tenants.model.TenantRateLimit> setTenantRateLimit(
            String code, RateLimitSetting body, @Nullable String ifMatch) {
        return answer(limits.set(code, body.getReplenishRate(), body.getBurstCapacity(), ifMatch));
    }

    @Override
    public ResponseEntity<io.onedoor.api.tenants.model.TenantRateLimit> removeTenantRateLimit(
            String code, @Nullable String ifMatch) {
        return answer(limits.remove(code, ifMatch));
    }

    private static ResponseEntity<io.onedoor.api.tenants.model.TenantRateLimit> answer(TenantRateLimit limit) {
        RateLimit own = limit.limit();
        var model = new io.onedoor.api.tenants.model.TenantRateLimit(
                limit.tenant(),
                own == null
                        ? io.onedoor.api.tenants.model.TenantRateLimit.SourceEnum.DEFAULT
                        : io.onedoor.api.tenants.model.TenantRateLimit.SourceEnum.OWN,
                limit.version());
        if (own != null) {
            model.replenishRate(own.replenishRate()).burstCapacity(own.burstCapacity());
        }
        if (limit.updatedAt() != null) {
            model.updatedAt(OffsetDateTime.ofInstant(limit.updatedAt(), ZoneOffset.UTC));
        }
        return ResponseEntity.ok().eTag(EntityTags.of(limit.version())).body(model);
    }
}
