/**
 * The work of onboarding done outside the registry: creating a tenant's schema, migrating this
 * service's tables in it, asking case-service to migrate its own, and seeding the configuration
 * from a template. Every action is idempotent, so an interrupted onboarding can simply run it
 * again. Knows nothing of the registry.
 */
@NullMarked
package io.onedoor.tenants.provisioning;

import org.jspecify.annotations.NullMarked;
