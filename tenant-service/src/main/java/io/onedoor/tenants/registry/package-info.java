/**
 * The tenant registry in the {@code platform} schema: the {@link io.onedoor.tenants.registry.Tenant}
 * aggregate with its onboarding steps and status rules, onboarding orchestration, suspension, and
 * the operator API.
 */
@NullMarked
package io.onedoor.tenants.registry;

import org.jspecify.annotations.NullMarked;
