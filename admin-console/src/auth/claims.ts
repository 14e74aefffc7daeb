/** What an access token says of its holder (docs/security.md). */
export interface Claims {
  readonly sub: string;
  readonly preferred_username?: string;
  readonly name?: string;
  readonly tenant?: string;
  readonly province?: string;
  readonly org_unit?: string;
  readonly department?: string;
  readonly roles: readonly string[];
  readonly scope: string;
  readonly exp: number;
}

/** The payload of a JWT, read without verifying it: the API verifies; the console only shows. */
export function claimsOf(jwt: string): Claims {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Claims>;
  return { ...claims, roles: claims.roles ?? [], scope: claims.scope ?? '' } as Claims;
}

export function scopesOf(claims: Claims): Set<string> {
  return new Set(claims.scope.split(' ').filter(Boolean));
}
