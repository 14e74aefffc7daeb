package io.onedoor.tenants.registry;

import io.onedoor.api.tenants.model.TenantOnboarding;
import io.onedoor.tenants.TenantLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** What the operator asked for when onboarding a tenant, already checked for shape. */
record OnboardingRequest(
        String code,
        String name,
        String divisionCode,
        TenantLevel level,
        @Nullable String parentCode,
        String provinceCode,
        String template) {

    static OnboardingRequest from(TenantOnboarding body) {
        return new OnboardingRequest(
                body.getCode(),
                body.getName(),
                body.getDivisionCode(),
                TenantLevel.valueOf(body.getLevel().name()),
                body.getParentCode(),
                body.getProvinceCode(),
                body.getTemplate());
    }

    Division division() {
        return new Division(divisionCode);
    }

    /**
     * Identifies the request: the same request again yields the same fingerprint, any different
     * field a different one. Fields are length-prefixed so that no two requests run together.
     */
    String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {
            code, name, divisionCode, level.name(), parentCode == null ? "" : "+" + parentCode, provinceCode, template
        }) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
