/**
 * Who may call this service's API: the {@code /api/**} filter chain verifies access tokens against
 * the service's own published keys (RS256 only, issuer, lifetime, bounded header), and
 * service-support's interceptor then applies each operation's rules from the spec. The internal
 * API ({@code /internal/**}) is verified the same way and opens to service tokens only; the health
 * probes are open.
 */
@NullMarked
package io.onedoor.tenants.security;

import org.jspecify.annotations.NullMarked;
