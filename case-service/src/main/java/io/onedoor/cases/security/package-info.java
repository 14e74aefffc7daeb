/**
 * Who may call the service: access tokens verified against the issuer's published keys, then each
 * operation's rules as the OpenAPI documents declare them (service-support's interceptor).
 */
@NullMarked
package io.onedoor.cases.security;

import org.jspecify.annotations.NullMarked;
