import type { components } from '../../../api/generated/configuration';

export type Area = components['schemas']['Area'];
export type Window = components['schemas']['Window'];
export type Room = components['schemas']['Room'];
export type Position = components['schemas']['Position'];
export type AreaKind = Area['kind'];

/** A window or a room of an area, by its index in the area's list (as the API's field paths name it). */
export interface ItemRef {
  area: number;
  kind: 'windows' | 'rooms';
  index: number;
}

/** A placed item as the plan draws it. */
export interface PlacedItem {
  ref: ItemRef;
  label: string;
  name: string;
  position: Position;
}

/** The outcome of a move: the new areas, or the item already in the cell asked for. */
export type MoveResult = { ok: true; areas: Area[] } | { ok: false; blockedBy: ItemRef };

export const MAX_CELL = 200;
const MIN_COLUMNS = 6;
const MIN_ROWS = 3;

export function sameRef(a: ItemRef | null | undefined, b: ItemRef | null | undefined): boolean {
  return !!a && !!b && a.area === b.area && a.kind === b.kind && a.index === b.index;
}

/** The API's field path of an item (`areas[0].windows[2]`). */
export function pathOf(ref: ItemRef): string {
  return `areas[${ref.area}].${ref.kind}[${ref.index}]`;
}

/**
 * The item a problem's field path names, and the rest of the path within it:
 * `areas[0].windows[2].position.row` is window 2 of area 0, field `position.row`.
 * A path naming only an area answers the area with `kind` null.
 */
export function refOfField(
  field: string,
): { area: number; item: ItemRef | null; rest: string } | null {
  const match = /^areas\[(\d+)\](?:\.(windows|rooms)\[(\d+)\])?\.?(.*)$/.exec(field);
  if (!match) return null;
  const area = Number(match[1]);
  const item = match[2] ? { area, kind: match[2] as ItemRef['kind'], index: Number(match[3]) } : null;
  return { area, item, rest: match[4] ?? '' };
}

/** Every window and room of an area with a position, those without one placed in the first free cells. */
export function placedItems(area: Area, areaIndex: number): PlacedItem[] {
  const taken = new Set<string>();
  const all: { ref: ItemRef; label: string; name: string; position?: Position }[] = [
    ...area.windows.map((w, index) => ({ ref: { area: areaIndex, kind: 'windows' as const, index }, label: w.number, name: w.name, position: w.position })),
    ...area.rooms.map((r, index) => ({ ref: { area: areaIndex, kind: 'rooms' as const, index }, label: r.code, name: r.name, position: r.position })),
  ];
  for (const item of all) if (item.position) taken.add(key(item.position));
  return all.map((item) => {
    if (item.position) return { ...item, position: item.position };
    const position = firstFree(taken, columnsOf(area));
    taken.add(key(position));
    return { ...item, position };
  });
}

/** The grid the plan draws for an area: one spare row and column beyond its items, at least 6 x 3. */
export function gridSize(area: Area): { rows: number; columns: number } {
  const positions = [...area.windows, ...area.rooms].map((item) => item.position).filter((p): p is Position => !!p);
  const rows = Math.max(MIN_ROWS, ...positions.map((p) => p.row + 2));
  return { rows: Math.min(rows, MAX_CELL + 1), columns: columnsOf(area) };
}

function columnsOf(area: Area): number {
  const columns = [...area.windows, ...area.rooms].map((item) => (item.position ? item.position.column + 2 : 0));
  return Math.min(Math.max(MIN_COLUMNS, ...columns), MAX_CELL + 1);
}

/** The item of an area in a cell, if any (another than `except`). */
export function occupant(areas: Area[], areaIndex: number, position: Position, except?: ItemRef): ItemRef | null {
  const found = placedItems(areas[areaIndex]!, areaIndex).find(
    (item) => item.position.row === position.row && item.position.column === position.column && !sameRef(item.ref, except),
  );
  return found?.ref ?? null;
}

export function itemOf(areas: Area[], ref: ItemRef): Window | Room | undefined {
  const area = areas[ref.area];
  return ref.kind === 'windows' ? area?.windows[ref.index] : area?.rooms[ref.index];
}

/** Moves an item to a cell of its area; a cell off the grid is clamped to it, a taken cell refused. */
export function moveItem(areas: Area[], ref: ItemRef, to: Position): MoveResult {
  const position = { row: clamp(to.row), column: clamp(to.column) };
  const blockedBy = occupant(areas, ref.area, position, ref);
  if (blockedBy) return { ok: false, blockedBy };
  return { ok: true, areas: updateItem(areas, ref, { position }) };
}

/** Moves an item one step (arrow keys); at the grid's edge it stays where it is. */
export function nudge(areas: Area[], ref: ItemRef, rows: number, columns: number): MoveResult {
  const current = placedItems(areas[ref.area]!, ref.area).find((item) => sameRef(item.ref, ref))!.position;
  const to = { row: current.row + rows, column: current.column + columns };
  if (to.row < 0 || to.column < 0 || to.row > MAX_CELL || to.column > MAX_CELL) return { ok: true, areas };
  return moveItem(areas, ref, to);
}

/** Replaces some fields of an item. */
export function updateItem(areas: Area[], ref: ItemRef, changes: Partial<Window> | Partial<Room>): Area[] {
  return areas.map((area, a) => {
    if (a !== ref.area) return area;
    if (ref.kind === 'windows') {
      return { ...area, windows: area.windows.map((w, i) => (i === ref.index ? ({ ...w, ...changes } as Window) : w)) };
    }
    return { ...area, rooms: area.rooms.map((r, i) => (i === ref.index ? ({ ...r, ...changes } as Room) : r)) };
  });
}

export function updateArea(areas: Area[], index: number, changes: Partial<Area>): Area[] {
  return areas.map((area, a) => (a === index ? { ...area, ...changes } : area));
}

/** The first free cell of an area, row by row. */
export function freeCell(area: Area, areaIndex: number): Position {
  const taken = new Set(placedItems(area, areaIndex).map((item) => key(item.position)));
  return firstFree(taken, columnsOf(area));
}

/** A new window in the first free cell, with a number no other window of the center has. */
export function addWindow(areas: Area[], areaIndex: number): { areas: Area[]; ref: ItemRef } {
  const numbers = new Set(areas.flatMap((area) => area.windows.map((w) => w.number)));
  let n = 1;
  while (numbers.has(String(n))) n += 1;
  const area = areas[areaIndex]!;
  const window: Window = {
    number: String(n),
    name: '',
    function: 'GENERAL',
    departments: [],
    openingHours: [],
    position: freeCell(area, areaIndex),
  };
  const next = updateArea(areas, areaIndex, { windows: [...area.windows, window] });
  return { areas: next, ref: { area: areaIndex, kind: 'windows', index: area.windows.length } };
}

/** A new room in the first free cell, with a code no other room of the center has. */
export function addRoom(areas: Area[], areaIndex: number): { areas: Area[]; ref: ItemRef } {
  const codes = new Set(areas.flatMap((area) => area.rooms.map((r) => r.code)));
  let n = 1;
  while (codes.has(`room-${n}`)) n += 1;
  const area = areas[areaIndex]!;
  const room: Room = { code: `room-${n}`, name: '', kind: 'GENERAL', position: freeCell(area, areaIndex) };
  const next = updateArea(areas, areaIndex, { rooms: [...area.rooms, room] });
  return { areas: next, ref: { area: areaIndex, kind: 'rooms', index: area.rooms.length } };
}

export function removeItem(areas: Area[], ref: ItemRef): Area[] {
  return areas.map((area, a) => {
    if (a !== ref.area) return area;
    return ref.kind === 'windows'
      ? { ...area, windows: area.windows.filter((_, i) => i !== ref.index) }
      : { ...area, rooms: area.rooms.filter((_, i) => i !== ref.index) };
  });
}

/** A new empty area, with a code no other area has. */
export function addArea(areas: Area[]): Area[] {
  const codes = new Set(areas.map((area) => area.code));
  let n = 1;
  while (codes.has(`area-${n}`)) n += 1;
  return [...areas, { code: `area-${n}`, name: '', kind: 'OTHER', floor: 1, windows: [], rooms: [] }];
}

export function removeArea(areas: Area[], index: number): Area[] {
  return areas.filter((_, a) => a !== index);
}

/** The hall of a configuration document, every item given a position (as the plan shows it). */
export function fromDocument(document: { areas?: Area[] } | null | undefined): Area[] {
  return (document?.areas ?? []).map((area, a) => {
    const placed = placedItems(area, a);
    const at = (kind: ItemRef['kind'], index: number) =>
      placed.find((item) => item.ref.kind === kind && item.ref.index === index)!.position;
    return {
      ...area,
      windows: area.windows.map((w, i) => ({ ...w, position: at('windows', i) })),
      rooms: area.rooms.map((r, i) => ({ ...r, position: at('rooms', i) })),
    };
  });
}

/** The body of an `areas` section update; blank optional fields are left out rather than sent empty. */
export function toDocument(areas: Area[]): { areas: Area[] } {
  return {
    areas: areas.map(({ floor, ...area }) => ({ ...area, ...(floor == null ? {} : { floor }) })),
  };
}

function clamp(n: number): number {
  return Math.max(0, Math.min(MAX_CELL, Math.round(n)));
}

function key(position: Position): string {
  return `${position.row}:${position.column}`;
}

function firstFree(taken: Set<string>, columns: number): Position {
  for (let row = 0; row <= MAX_CELL; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      if (!taken.has(`${row}:${column}`)) return { row, column };
    }
  }
  return { row: MAX_CELL, column: MAX_CELL };
}
