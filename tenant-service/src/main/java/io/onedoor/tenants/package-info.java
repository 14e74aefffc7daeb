/**
 * The tenant service: the registry of governance centers (tenants) and their onboarding. The root
 * holds the types every feature shares; {@code registry} owns the tenant aggregate and the operator
 * API, {@code provisioning} the work done inside a tenant's schema and in other services, and
 * {@code directory} the routing entries the gateway reads from Redis.
 */
@NullMarked
package io.onedoor.tenants;

import org.jspecify.annotations.NullMarked;
