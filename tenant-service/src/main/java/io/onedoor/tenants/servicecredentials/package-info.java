/**
 * The platform's own services as clients of this authorization server (docs/security.md, ADR
 * 0007): their registrations, made from configuration at startup, and the service token
 * tenant-service mints for itself in-process to call case-service's internal API.
 */
@NullMarked
package io.onedoor.tenants.servicecredentials;

import org.jspecify.annotations.NullMarked;
