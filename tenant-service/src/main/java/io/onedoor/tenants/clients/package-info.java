/**
 * OAuth2 clients other than the console: integrator clients a center's admin issues for the
 * center (or an operator for a province), with secrets shown once, stored hashed, rotatable and
 * revocable; and the bootstrap clients automation is configured with.
 */
@NullMarked
package io.onedoor.tenants.clients;

import org.jspecify.annotations.NullMarked;
