import type { Claims } from '../auth/claims';
import { scopesOf } from '../auth/claims';
import { operations, type OperationId } from './generated/access';

/** Whom a call is for: the caller's own center or province, or a named center (an operator's). */
export type Target = 'own' | { tenant: string };

/**
 * Whether the holder of these claims may call an operation, by its x-onedoor-access rules: any
 * one rule admits when the token has one of its roles, all of its scopes, and its condition holds
 * for the target. For the caller's own center (the default), a `{tenant}` in the path is the
 * token's tenant; for a named center, a `tenant: path` rule needs the token to be that center's,
 * and a `province: tenant` rule the token to have a province (the API checks it is the center's).
 * The API checks everything again; this only decides what the console shows.
 */
export function mayCall(claims: Claims | null, operationId: OperationId, target: Target = 'own'): boolean {
  if (!claims) return false;
  const scopes = scopesOf(claims);
  const operation = operations[operationId];
  const tenantInPath = operation.path.includes('{tenant}');
  return operation.rules.some((rule) => {
    if (!rule.roles.some((role) => claims.roles.includes(role))) return false;
    if (!rule.scopes.every((scope) => scopes.has(scope))) return false;
    if (rule.tenant === 'path') {
      return claims.tenant != null && (target === 'own' || target.tenant === claims.tenant);
    }
    if (rule.province === 'tenant') {
      return claims.province != null && (target !== 'own' || !tenantInPath);
    }
    if (rule.province != null) return claims.province != null;
    return !(tenantInPath && target === 'own' && claims.tenant == null);
  });
}

export type { OperationId };
