import type { components } from '../../../api/generated/configuration';

export type OrgUnit = components['schemas']['OrgUnit'];
export type OrgKind = OrgUnit['kind'];

/** A unit with the units whose parent it is, in the order the document lists them. */
export interface OrgNode {
  unit: OrgUnit;
  children: OrgNode[];
}

/**
 * The flat list as a tree by parent links. A unit whose parent is not in the list is a root too
 * (the API refuses such a document; the screen still shows it rather than lose it).
 */
export function toTree(units: readonly OrgUnit[]): OrgNode[] {
  const nodes = new Map(units.map((unit) => [unit.code, { unit, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.code)!;
    const parent = unit.parent ? nodes.get(unit.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The codes of a unit's descendants (not the unit itself). */
export function descendantsOf(units: readonly OrgUnit[], code: string): Set<string> {
  const found = new Set<string>();
  const walk = (parent: string) => {
    for (const unit of units) {
      if (unit.parent === parent && !found.has(unit.code)) {
        found.add(unit.code);
        walk(unit.code);
      }
    }
  };
  walk(code);
  return found;
}

/** The kinds a unit under one of this kind usually has: county → towns → villages/communities → grids. */
export function childKinds(kind: OrgKind): OrgKind[] {
  switch (kind) {
    case 'CENTER':
      return ['TOWNSHIP', 'COMMUNITY', 'VILLAGE', 'GRID'];
    case 'TOWNSHIP':
      return ['VILLAGE', 'COMMUNITY', 'GRID'];
    default:
      return ['GRID'];
  }
}

/** The list with one unit added under its parent, after the parent's last descendant in the list. */
export function withChild(units: readonly OrgUnit[], child: OrgUnit): OrgUnit[] {
  const family = child.parent ? descendantsOf(units, child.parent).add(child.parent) : new Set<string>();
  let last = -1;
  units.forEach((unit, index) => {
    if (family.has(unit.code)) last = index;
  });
  const at = last < 0 ? units.length : last + 1;
  return [...units.slice(0, at), child, ...units.slice(at)];
}

/** The list with one unit replaced by its code. */
export function withUnit(units: readonly OrgUnit[], code: string, unit: OrgUnit): OrgUnit[] {
  return units.map((item) => (item.code === code ? unit : item));
}
