package io.onedoor.tenants.registry;

/**
 * A tenant's status or version changed. Published with the change and acted on after it commits;
 * listeners read the tenant as committed rather than trusting a copy carried by the event.
 */
public record TenantChanged(String code) {}
