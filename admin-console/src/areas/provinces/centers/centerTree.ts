import type { components } from '../../../api/generated/tenants';

export type Tenant = components['schemas']['Tenant'];
export type TenantStatus = components['schemas']['TenantStatus'];
export type TenantLevel = components['schemas']['TenantLevel'];

/** What the operator narrows the tree to; empty fields match everything. */
export interface CenterFilter {
  /** Part of a center's name, code or division code. */
  text?: string;
  status?: TenantStatus;
  level?: TenantLevel;
}

/** A row of the centers tree: a city with its counties, or a county. */
export interface CenterNode {
  key: string;
  tenant: Tenant;
  /** True for a city shown only because some of its counties match the filter. */
  context: boolean;
  children?: CenterNode[];
}

const byDivision = (a: Tenant, b: Tenant) => a.divisionCode.localeCompare(b.divisionCode) || a.code.localeCompare(b.code);

function matchesText(tenant: Tenant, text: string): boolean {
  if (!text) return true;
  const needle = text.toLowerCase();
  return [tenant.name, tenant.code, tenant.divisionCode].some((value) => value.toLowerCase().includes(needle));
}

function matchesFacets(tenant: Tenant, filter: CenterFilter): boolean {
  return (!filter.status || tenant.status === filter.status) && (!filter.level || tenant.level === filter.level);
}

/**
 * The province's centers as a tree of cities and their counties, ordered by division code.
 * A county whose city is not among the centers (administered by the province, or its city not
 * onboarded) stands at the top. A county is kept when it matches the filter; when its city
 * matches the text, the county needs to match only the status and level. A city is kept when it
 * matches, or as the context of a kept county.
 */
export function buildCenterTree(tenants: readonly Tenant[], filter: CenterFilter = {}): CenterNode[] {
  const text = filter.text?.trim() ?? '';
  const cities = new Map(tenants.filter((t) => t.level === 'CITY').map((t) => [t.code, t]));
  const countiesOf = new Map<string, Tenant[]>();
  const roots: Tenant[] = [...cities.values()];
  for (const tenant of tenants) {
    if (tenant.level === 'CITY') continue;
    const parent = tenant.parentCode && cities.has(tenant.parentCode) ? tenant.parentCode : null;
    if (parent) countiesOf.set(parent, [...(countiesOf.get(parent) ?? []), tenant]);
    else roots.push(tenant);
  }
  const nodes: CenterNode[] = [];
  for (const tenant of roots.sort(byDivision)) {
    const matches = matchesText(tenant, text) && matchesFacets(tenant, filter);
    if (tenant.level !== 'CITY') {
      if (matches) nodes.push({ key: tenant.code, tenant, context: false });
      continue;
    }
    const cityText = matchesText(tenant, text);
    const children = (countiesOf.get(tenant.code) ?? [])
      .filter((county) => matchesFacets(county, filter) && (cityText || matchesText(county, text)))
      .sort(byDivision)
      .map((county) => ({ key: county.code, tenant: county, context: false }));
    if (matches || children.length > 0) {
      nodes.push({ key: tenant.code, tenant, context: !matches, children: children.length > 0 ? children : undefined });
    }
  }
  return nodes;
}

/** How many centers have each status (every status, zero included, in the spec's order). */
export function countByStatus(tenants: readonly Tenant[]): Record<TenantStatus, number> {
  const counts: Record<TenantStatus, number> = { PROVISIONING: 0, ACTIVE: 0, SUSPENDED: 0, ARCHIVED: 0, FAILED: 0 };
  for (const tenant of tenants) counts[tenant.status] += 1;
  return counts;
}

/** The keys of every node that has children, to open the whole tree. */
export function expandableKeys(nodes: readonly CenterNode[]): string[] {
  return nodes.filter((node) => node.children?.length).map((node) => node.key);
}
