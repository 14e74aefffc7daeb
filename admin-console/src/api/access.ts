import type { Claims } from '../auth/claims';
import { scopesOf } from '../auth/claims';
import { operations, type OperationId } from './generated/access';

/**
 * Whether the holder of these claims may call an operation, by its x-onedoor-access rules: any
 * one rule admits when the token has one of its roles, all of its scopes, and the tenant or
 * province the rule's condition reads. The console always calls for the caller's own tenant or
 * province, so a condition holds when the token carries that claim. The API checks again; this
 * only decides what the console shows.
 */
export function mayCall(claims: Claims | null, operationId: OperationId): boolean {
  if (!claims) return false;
  const scopes = scopesOf(claims);
  return operations[operationId].rules.some(
    (rule) =>
      rule.roles.some((role) => claims.roles.includes(role)) &&
      rule.scopes.every((scope) => scopes.has(scope)) &&
      (rule.tenant == null || claims.tenant != null) &&
      (rule.province == null || claims.province != null),
  );
}

export type { OperationId };
