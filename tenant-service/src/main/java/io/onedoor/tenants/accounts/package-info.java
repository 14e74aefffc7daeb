/**
 * The people who log in: accounts of a center's admins, staff, supervisors and auditors (and of
 * provincial operators), their roles and the scopes those bring, passwords and their policy,
 * form login with lock-out after repeated failures, and the accounts API.
 */
@NullMarked
package io.onedoor.tenants.accounts;

import org.jspecify.annotations.NullMarked;
