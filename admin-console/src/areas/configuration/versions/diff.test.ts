import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/generated/configuration';
import { diffConfigurations, fieldNames, flatten } from './diff';

type Document = components['schemas']['ConfigurationDocument'];

const hours = [{ days: ['MONDAY' as const, 'TUESDAY' as const], opens: '08:30', closes: '12:00' }];

const v1: Document = {
  version: 1,
  savedAt: '2026-12-01T00:00:00Z',
  areas: [
    {
      code: 'intake-hall',
      name: '引导受理大厅',
      kind: 'INTAKE_HALL',
      floor: 1,
      windows: [
        { number: '1', name: '综合受理窗口', function: 'INTAKE', departments: ['petitions'], openingHours: hours, position: { row: 0, column: 0 } },
        { number: '2', name: '信访接待窗口', function: 'PETITION', departments: ['petitions'], openingHours: hours, position: { row: 0, column: 1 } },
      ],
      rooms: [],
    },
  ],
  departments: [
    { code: 'petitions', mode: 'RESIDENT', rota: [] },
    { code: 'water', mode: 'ON_CALL', whistle: { arrivalMinutes: 30 } },
  ],
  calendar: { overrides: [{ date: '2026-12-24', working: false, reason: '本地节日' }] },
};

const v2: Document = {
  version: 2,
  savedAt: '2026-12-02T00:00:00Z',
  areas: [
    {
      code: 'intake-hall',
      name: '引导受理大厅',
      kind: 'INTAKE_HALL',
      floor: 1,
      windows: [
        { number: '1', name: '综合受理窗口', function: 'INTAKE', departments: ['petitions'], openingHours: hours, position: { row: 2, column: 3 } },
        {
          number: '3',
          name: '金融纠纷窗口',
          function: 'FINANCIAL',
          departments: ['petitions', 'court'],
          openingHours: [{ ...hours[0]!, closes: '12:30' }],
          position: { row: 0, column: 1 },
        },
      ],
      rooms: [],
    },
  ],
  departments: [
    { code: 'petitions', mode: 'RESIDENT' },
    { code: 'water', mode: 'ON_CALL', host: 'petitions', whistle: { arrivalMinutes: 20 } },
    { code: 'education', mode: 'ROTATING', rota: [{ days: ['FRIDAY'], weeks: 'EVEN' }] },
  ],
  calendar: { overrides: [{ date: '2026-12-24', working: false, reason: '本地节日' }] },
};

describe('the diff of two configuration versions', () => {
  it('lists only the kinds that changed, with items added, changed and removed', () => {
    const diff = diffConfigurations(v1, v2);
    expect(diff.map((s) => s.section)).toEqual(['windows', 'departments']);
    const windows = diff[0]!.items;
    expect(windows.map((i) => [i.key, i.change])).toEqual([
      ['1', 'changed'],
      ['3', 'added'],
      ['2', 'removed'],
    ]);
  });

  it('names each changed field with its value before and after', () => {
    const window = diffConfigurations(v1, v2)[0]!.items[0]!;
    expect(window.name).toBe('综合受理窗口');
    expect(window.fields).toEqual([
      { path: 'position.row', before: 0, after: 2 },
      { path: 'position.column', before: 0, after: 3 },
    ]);
    const water = diffConfigurations(v1, v2)[1]!.items.find((i) => i.key === 'water')!;
    expect(water.fields).toEqual([
      { path: 'whistle.arrivalMinutes', before: 30, after: 20 },
      { path: 'host', after: 'petitions' },
    ]);
  });

  it('shows what an added item holds, lists as lists and nested rows by index', () => {
    const added = diffConfigurations(v1, v2)[0]!.items[1]!;
    expect(added.fields).toContainEqual({ path: 'departments', after: ['petitions', 'court'] });
    expect(added.fields).toContainEqual({ path: 'openingHours[0].closes', after: '12:30' });
    expect(added.fields).toContainEqual({ path: 'area', after: 'intake-hall' });
    expect(added.fields.every((f) => f.before === undefined)).toBe(true);
  });

  it('treats an empty list as no list, and two equal documents as no change', () => {
    const petitions = diffConfigurations(v1, v2)[1]!.items.find((i) => i.key === 'petitions');
    expect(petitions).toBeUndefined();
    expect(diffConfigurations(v2, structuredClone(v2))).toEqual([]);
  });

  it('ignores the version facts and sees a moved window as a change of area', () => {
    const moved: Document = {
      ...v1,
      version: 9,
      savedBy: 'someone',
      areas: [{ ...v1.areas![0]!, windows: [v1.areas![0]!.windows[0]!] }, { code: 'legal', name: '公共法律服务区', kind: 'LEGAL_SERVICE', windows: [v1.areas![0]!.windows[1]!], rooms: [] }],
    };
    const diff = diffConfigurations(v1, moved);
    expect(diff.map((s) => s.section)).toEqual(['areas', 'windows']);
    expect(diff[1]!.items[0]!.fields).toEqual([{ path: 'area', before: 'intake-hall', after: 'legal' }]);
  });

  it('compares working hours as one list', () => {
    const a: Document = { calendar: { overrides: [], workingHours: [{ start: '09:00', end: '12:00' }] } };
    const b: Document = { calendar: { overrides: [], workingHours: [{ start: '08:30', end: '12:00' }] } };
    expect(diffConfigurations(a, b)).toEqual([
      {
        section: 'workingHours',
        items: [{ key: 'workingHours', change: 'changed', fields: [{ path: 'intervals', before: ['09:00-12:00'], after: ['08:30-12:00'] }] }],
      },
    ]);
  });

  it('reads field names and indexes out of a path', () => {
    expect(flatten({ a: { b: [1, 2] }, c: [{ d: 'x' }] })).toEqual({ 'a.b': [1, 2], 'c[0].d': 'x' });
    expect(fieldNames('openingHours[1].days')).toEqual({ names: ['openingHours', 'days'], indexes: [1] });
  });
});
