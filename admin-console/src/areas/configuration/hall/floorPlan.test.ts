import { describe, expect, it } from 'vitest';
import {
  addArea,
  addRoom,
  addWindow,
  fromDocument,
  gridSize,
  moveItem,
  nudge,
  occupant,
  placedItems,
  refOfField,
  removeItem,
  toDocument,
  type Area,
  type Window,
} from './floorPlan';

function window(number: string, row: number, column: number): Window {
  return { number, name: `窗口${number}`, function: 'GENERAL', departments: [], openingHours: [], position: { row, column } };
}

const hall: Area[] = [
  {
    code: 'intake-hall',
    name: '引导受理大厅',
    kind: 'INTAKE_HALL',
    floor: 1,
    windows: [window('1', 0, 0), window('2', 0, 1), window('3', 0, 2)],
    rooms: [],
  },
  {
    code: 'multi-resolution',
    name: '多元化解区',
    kind: 'MULTI_RESOLUTION',
    windows: [window('4', 0, 0)],
    rooms: [{ code: 'economic', name: '经济纠纷调解室', kind: 'ECONOMIC_DISPUTES', position: { row: 1, column: 0 } }],
  },
];

describe('the floor plan', () => {
  it('moves a window to a free cell of its area and leaves the rest as it was', () => {
    const result = moveItem(hall, { area: 0, kind: 'windows', index: 1 }, { row: 2, column: 4 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.areas[0]!.windows[1]!.position).toEqual({ row: 2, column: 4 });
    expect(result.areas[0]!.windows[0]).toBe(hall[0]!.windows[0]);
    expect(result.areas[1]).toBe(hall[1]);
    expect(hall[0]!.windows[1]!.position).toEqual({ row: 0, column: 1 });
  });

  it('refuses a cell another item of the same area holds, naming it', () => {
    const result = moveItem(hall, { area: 0, kind: 'windows', index: 0 }, { row: 0, column: 2 });
    expect(result).toEqual({ ok: false, blockedBy: { area: 0, kind: 'windows', index: 2 } });
  });

  it('lets a window and a room share row and column only in different areas', () => {
    expect(moveItem(hall, { area: 0, kind: 'windows', index: 0 }, { row: 1, column: 0 }).ok).toBe(true);
    expect(moveItem(hall, { area: 1, kind: 'windows', index: 0 }, { row: 1, column: 0 })).toEqual({
      ok: false,
      blockedBy: { area: 1, kind: 'rooms', index: 0 },
    });
  });

  it('moves by one cell with the arrow keys, stops at the edge and refuses a taken cell', () => {
    const right = nudge(hall, { area: 0, kind: 'windows', index: 2 }, 0, 1);
    expect(right.ok && right.areas[0]!.windows[2]!.position).toEqual({ row: 0, column: 3 });
    const up = nudge(hall, { area: 0, kind: 'windows', index: 0 }, -1, 0);
    expect(up.ok && up.areas).toBe(hall);
    expect(nudge(hall, { area: 0, kind: 'windows', index: 0 }, 0, 1)).toEqual({
      ok: false,
      blockedBy: { area: 0, kind: 'windows', index: 1 },
    });
  });

  it('snaps a drop between cells to the nearest one and keeps it on the grid', () => {
    const result = moveItem(hall, { area: 0, kind: 'windows', index: 0 }, { row: 1.4, column: -3 });
    expect(result.ok && result.areas[0]!.windows[0]!.position).toEqual({ row: 1, column: 0 });
  });

  it('adds a window with an unused number in the first free cell, and a room with an unused code', () => {
    const { areas, ref } = addWindow(hall, 0);
    expect(ref).toEqual({ area: 0, kind: 'windows', index: 3 });
    expect(areas[0]!.windows[3]).toMatchObject({ number: '5', position: { row: 0, column: 3 } });
    const withRoom = addRoom(areas, 1);
    expect(withRoom.areas[1]!.rooms[1]).toMatchObject({ code: 'room-1', position: { row: 0, column: 1 } });
  });

  it('removes an item and adds an empty area', () => {
    const fewer = removeItem(hall, { area: 0, kind: 'windows', index: 1 });
    expect(fewer[0]!.windows.map((w) => w.number)).toEqual(['1', '3']);
    const more = addArea(hall);
    expect(more).toHaveLength(3);
    expect(more[2]).toMatchObject({ code: 'area-1', windows: [], rooms: [] });
  });

  it('finds who holds a cell', () => {
    expect(occupant(hall, 1, { row: 1, column: 0 })).toEqual({ area: 1, kind: 'rooms', index: 0 });
    expect(occupant(hall, 1, { row: 3, column: 3 })).toBeNull();
  });

  it('places items the document left without a position in free cells', () => {
    const unplaced: Area = { ...hall[0]!, windows: [window('1', 0, 0), { ...window('9', 0, 0), position: undefined }] };
    expect(placedItems(unplaced, 0).map((item) => item.position)).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 1 },
    ]);
    expect(fromDocument({ areas: [unplaced] })[0]!.windows[1]!.position).toEqual({ row: 0, column: 1 });
  });

  it('draws a spare row and column beyond the items, at least 6 by 3', () => {
    expect(gridSize(hall[0]!)).toEqual({ rows: 3, columns: 6 });
    const wide = moveItem(hall, { area: 0, kind: 'windows', index: 0 }, { row: 4, column: 9 });
    expect(wide.ok && gridSize(wide.areas[0]!)).toEqual({ rows: 6, columns: 11 });
  });

  it('reads the item a problem field names', () => {
    expect(refOfField('areas[0].windows[2].position.row')).toEqual({
      area: 0,
      item: { area: 0, kind: 'windows', index: 2 },
      rest: 'position.row',
    });
    expect(refOfField('areas[3].code')).toEqual({ area: 3, item: null, rest: 'code' });
    expect(refOfField('departments[1].host')).toBeNull();
  });

  it('sends the areas section only, without an empty floor', () => {
    const body = toDocument([{ ...hall[1]!, floor: undefined }]);
    expect(Object.keys(body)).toEqual(['areas']);
    expect(body.areas[0]).not.toHaveProperty('floor');
  });
});
