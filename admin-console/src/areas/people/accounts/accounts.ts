import type { components } from '../../../api/generated/identity';

export type Account = components['schemas']['Account'];
export type Role = components['schemas']['Role'];

export const ROLES: readonly Role[] = ['STAFF', 'SUPERVISOR', 'AUDITOR', 'TENANT_ADMIN'];

/** STAFF and SUPERVISOR work in an org unit of the center, so their accounts need one. */
export function needsOrgUnit(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((role) => role === 'STAFF' || role === 'SUPERVISOR');
}

/** The If-Match of an account as read (its ETag is its version, quoted). */
export function etagOf(account: Account): string {
  return `"${account.version}"`;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random password of `length` characters with no look-alikes (0/O, 1/l/I), for a first or reset password. */
export function generatePassword(length = 16): string {
  const limit = 256 - (256 % ALPHABET.length); // no bias towards the first letters
  let password = '';
  while (password.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit && password.length < length) password += ALPHABET[byte % ALPHABET.length];
    }
  }
  return password;
}

export interface AccountFilter {
  text?: string;
  role?: Role;
  department?: string;
  locked?: boolean;
}

/** The accounts a filter keeps: text in login or name, a role, a department, locked or not. */
export function filterAccounts(accounts: readonly Account[], filter: AccountFilter): Account[] {
  const text = filter.text?.trim().toLowerCase();
  return accounts.filter(
    (account) =>
      (!text || account.login.toLowerCase().includes(text) || account.displayName.toLowerCase().includes(text)) &&
      (!filter.role || account.roles.includes(filter.role)) &&
      (!filter.department || account.departmentCode === filter.department) &&
      (filter.locked === undefined || account.locked === filter.locked),
  );
}
