import type { components } from '../../../api/generated/configuration';

type Document = components['schemas']['ConfigurationDocument'];

/** The kinds of items a diff lists, each one a section of the page. */
export type DiffSection =
  | 'orgUnits'
  | 'areas'
  | 'windows'
  | 'rooms'
  | 'departments'
  | 'categories'
  | 'calendarOverrides'
  | 'workingHours'
  | 'kpis';

export const DIFF_SECTIONS: readonly DiffSection[] = [
  'orgUnits',
  'areas',
  'windows',
  'rooms',
  'departments',
  'categories',
  'calendarOverrides',
  'workingHours',
  'kpis',
];

/** A leaf value as the diff shows it: lists of plain values stay lists. */
export type Value = string | number | boolean | (string | number | boolean)[];

/** One field of an item: its path within the item (`openingHours[0].opens`) and both values. */
export interface FieldChange {
  path: string;
  before?: Value;
  after?: Value;
}

export interface ItemChange {
  /** The item's key within its kind (a code, a window number, a date). */
  key: string;
  /** Its name in the newer version (or the older one, when removed). */
  name?: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface SectionDiff {
  section: DiffSection;
  items: ItemChange[];
}

interface Keyed {
  key: string;
  name?: string;
  value: object;
}

/** The items of each kind of a document, keyed; windows and rooms carry their area's code. */
function itemsOf(document: Document): Record<DiffSection, Keyed[]> {
  const areas = document.areas ?? [];
  const workingHours = document.calendar?.workingHours;
  return {
    orgUnits: (document.orgUnits ?? []).map((u) => ({ key: u.code, name: u.name, value: u })),
    areas: areas.map(({ windows: _w, rooms: _r, ...area }) => ({ key: area.code, name: area.name, value: area })),
    windows: areas.flatMap((area) =>
      area.windows.map((w) => ({ key: w.number, name: w.name, value: { area: area.code, ...w } })),
    ),
    rooms: areas.flatMap((area) => area.rooms.map((r) => ({ key: r.code, name: r.name, value: { area: area.code, ...r } }))),
    departments: (document.departments ?? []).map((d) => ({ key: d.code, name: d.name, value: d })),
    categories: (document.categories ?? []).map((c) => ({ key: c.code, name: c.name, value: c })),
    calendarOverrides: (document.calendar?.overrides ?? []).map((o) => ({ key: o.date, name: o.reason, value: o })),
    workingHours: workingHours
      ? [{ key: 'workingHours', value: { intervals: workingHours.map((i) => `${i.start}-${i.end}`) } }]
      : [],
    kpis: (document.kpis ?? []).map((k) => ({ key: k.metric, value: k })),
  };
}

/**
 * A value flattened to its leaves: `{position: {row: 1}}` is `position.row`; a list of plain
 * values is one leaf, a list of objects is indexed (`openingHours[0].opens`). Empty lists and
 * absent values are left out, so that `[]` and a missing list compare equal.
 */
export function flatten(value: unknown, prefix = '', into: Record<string, Value> = {}): Record<string, Value> {
  if (value == null) return into;
  if (Array.isArray(value)) {
    if (value.length === 0) return into;
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      into[prefix] = value as (string | number | boolean)[];
    } else {
      value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, into));
    }
    return into;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
    return into;
  }
  into[prefix] = value as string | number | boolean;
  return into;
}

function same(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The field-level differences of two versions of one item. */
export function diffFields(before: object | undefined, after: object | undefined): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return paths
    .filter((path) => !same(a[path], b[path]))
    .map((path) => ({ path, ...(path in a ? { before: a[path] } : {}), ...(path in b ? { after: b[path] } : {}) }));
}

/**
 * What changed from one configuration to another, kind by kind: items added, removed, and changed
 * with each changed field's values before and after. Kinds with no change are left out; items
 * keep the newer document's order, removed ones come last.
 */
export function diffConfigurations(before: Document, after: Document): SectionDiff[] {
  const older = itemsOf(before);
  const newer = itemsOf(after);
  return DIFF_SECTIONS.map((section) => {
    const was = new Map(older[section].map((item) => [item.key, item]));
    const is = new Set(newer[section].map((item) => item.key));
    const items: ItemChange[] = [];
    for (const item of newer[section]) {
      const previous = was.get(item.key);
      if (!previous) {
        items.push({ key: item.key, name: item.name, change: 'added', fields: diffFields(undefined, item.value) });
        continue;
      }
      const fields = diffFields(previous.value, item.value);
      if (fields.length > 0) items.push({ key: item.key, name: item.name ?? previous.name, change: 'changed', fields });
    }
    for (const item of older[section]) {
      if (!is.has(item.key)) {
        items.push({ key: item.key, name: item.name, change: 'removed', fields: diffFields(item.value, undefined) });
      }
    }
    return { section, items };
  }).filter((section) => section.items.length > 0);
}

/** The field names of a path, indexes dropped, for labels: `openingHours[0].opens` is ['openingHours', 'opens']. */
export function fieldNames(path: string): { names: string[]; indexes: number[] } {
  const names: string[] = [];
  const indexes: number[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) continue;
    names.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) indexes.push(Number(index[1]));
  }
  return { names, indexes };
}
