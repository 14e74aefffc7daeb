import { describe, expect, it } from 'vitest';
import {
  cleanDepartment,
  daysOfMonth,
  daysPerDepartment,
  entryCovers,
  hostingPairs,
  isoWeek,
  rotaOfMonth,
  weekdayOf,
  type Department,
} from './rota';

const departments: Department[] = [
  { code: 'police', mode: 'RESIDENT' },
  { code: 'justice', mode: 'RESIDENT' },
  { code: 'civil-affairs', mode: 'ROTATING', rota: [{ days: ['MONDAY', 'WEDNESDAY'], weeks: 'EVERY' }] },
  { code: 'health', mode: 'ROTATING', rota: [{ days: ['FRIDAY'], weeks: 'ODD' }] },
  { code: 'education', mode: 'ROTATING', rota: [{ days: ['FRIDAY'], weeks: 'EVEN' }] },
  {
    code: 'housing',
    mode: 'ROTATING',
    rota: [{ days: ['TUESDAY'], weeks: 'EVERY', from: '2026-12-10', until: '2026-12-20' }],
  },
  { code: 'notary', mode: 'ON_CALL', host: 'justice' },
  { code: 'legal-aid', mode: 'ON_CALL', host: 'justice' },
  { code: 'lawyers', mode: 'ON_CALL', host: 'police' },
  { code: 'water', mode: 'ON_CALL' },
];

describe('the rota', () => {
  it('knows weekdays and ISO weeks, across a year end', () => {
    expect(weekdayOf('2026-12-07')).toBe('MONDAY');
    expect(weekdayOf('2026-12-13')).toBe('SUNDAY');
    expect(isoWeek('2026-12-07')).toBe(50);
    expect(isoWeek('2027-01-01')).toBe(53); // a Friday, in 2026's last week
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2025-12-29')).toBe(1); // a Monday, already in 2026's first week
  });

  it('puts a rotating department on its weekdays, in odd or even weeks, between its dates', () => {
    expect(entryCovers({ days: ['FRIDAY'], weeks: 'ODD' }, '2026-12-04')).toBe(true); // week 49
    expect(entryCovers({ days: ['FRIDAY'], weeks: 'ODD' }, '2026-12-11')).toBe(false); // week 50
    expect(entryCovers({ days: ['FRIDAY'], weeks: 'EVEN' }, '2026-12-11')).toBe(true);
    expect(entryCovers({ days: ['FRIDAY'], weeks: 'ODD' }, '2026-12-18')).toBe(true); // week 51
    const bounded = { days: ['TUESDAY' as const], weeks: 'EVERY' as const, from: '2026-12-10', until: '2026-12-20' };
    expect(['2026-12-08', '2026-12-15', '2026-12-22'].map((d) => entryCovers(bounded, d))).toEqual([false, true, false]);
  });

  it('expands a month into the rotating departments of each day', () => {
    const month = rotaOfMonth(departments, 2026, 12);
    expect(month.size).toBe(31);
    expect(month.get('2026-12-07')).toEqual(['civil-affairs']);
    expect(month.get('2026-12-11')).toEqual(['education']);
    expect(month.get('2026-12-15')).toEqual(['housing']);
    expect(month.get('2026-12-18')).toEqual(['health']);
    expect(month.get('2026-12-13')).toEqual([]);
    const counts = daysPerDepartment(month);
    expect(counts.get('civil-affairs')).toBe(9); // Mondays 7,14,21,28 and Wednesdays 2,9,16,23,30
    expect(counts.get('housing')).toBe(1);
    expect(counts.has('police')).toBe(false);
  });

  it('knows the length of a month, leap Februaries too', () => {
    expect(daysOfMonth(2028, 2)).toHaveLength(29);
    expect(daysOfMonth(2026, 2).at(-1)).toBe('2026-02-28');
  });

  it('pairs each host with the on-call departments it hosts (互助托管)', () => {
    expect(hostingPairs(departments)).toEqual({
      hosts: [
        { host: 'police', guests: ['lawyers'] },
        { host: 'justice', guests: ['notary', 'legal-aid'] },
      ],
      unhosted: ['water'],
    });
  });

  it('drops what the mode does not use before saving', () => {
    expect(
      cleanDepartment({
        code: ' water ',
        name: '',
        mode: 'RESIDENT',
        host: 'justice',
        whistle: { contact: '值班室', arrivalMinutes: 30 },
        rota: [{ days: ['MONDAY'], weeks: 'EVERY' }],
      }),
    ).toEqual({ code: 'water', mode: 'RESIDENT', rota: [], duties: { accepts: [], joint: [], supervisionTriggers: [] } });
    expect(
      cleanDepartment({ code: 'water', mode: 'ON_CALL', host: 'justice', whistle: { contact: '值班室', phone: ' ', arrivalMinutes: 20 } }),
    ).toMatchObject({ host: 'justice', whistle: { contact: '值班室', arrivalMinutes: 20 } });
    expect(cleanDepartment({ code: 'notary', mode: 'ON_CALL', host: 'justice' })).not.toHaveProperty('whistle');
    expect(
      cleanDepartment({ code: 'x', mode: 'ROTATING', rota: [{ days: ['FRIDAY', 'MONDAY'], weeks: 'ODD' }] }).rota,
    ).toEqual([{ days: ['MONDAY', 'FRIDAY'], weeks: 'ODD' }]);
  });
});
