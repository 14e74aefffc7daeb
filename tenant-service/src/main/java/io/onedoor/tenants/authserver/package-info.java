/**
 * The OAuth2 / OpenID Connect authorization server (Spring Security's): its endpoints and their
 * filter chain, the JDBC stores of registered clients, authorizations and consents in the
 * {@code platform} schema, the console's public client, and the claims every access token carries
 * (docs/security.md).
 */
@NullMarked
package io.onedoor.tenants.authserver;

import org.jspecify.annotations.NullMarked;
