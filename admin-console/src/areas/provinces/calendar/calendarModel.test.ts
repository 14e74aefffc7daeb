import { describe, expect, it } from 'vitest';
import { addHoliday, canonical, countDays, kindOf, renameHoliday, sameCalendar, toggleDay, type CalendarDocument } from './calendarModel';

// 2027: 1 January is a Friday; 2-3 January a weekend.
const national: CalendarDocument = {
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  makeUpWorkdays: ['2027-10-09'],
};

describe('the working calendar', () => {
  it('tells workdays, weekends, holidays and make-up workdays apart', () => {
    expect(kindOf(national, '2027-01-04')).toEqual({ kind: 'workday' });
    expect(kindOf(national, '2027-01-09')).toEqual({ kind: 'rest' });
    expect(kindOf(national, '2027-01-02')).toEqual({ kind: 'holiday', name: '元旦' });
    expect(kindOf(national, '2027-10-09')).toEqual({ kind: 'makeup' });
  });

  it('makes a workday next to a holiday part of that holiday', () => {
    const next = toggleDay(national, '2027-01-04', '假日');
    expect(next.holidays[0]).toEqual({ name: '元旦', from: '2027-01-01', to: '2027-01-04' });
    expect(next.holidays).toHaveLength(2);
  });

  it('names a holiday on its own after what the operator typed, in date order', () => {
    const next = toggleDay(national, '2027-05-04', '青年节');
    expect(next.holidays.map((h) => [h.name, h.from, h.to])).toEqual([
      ['元旦', '2027-01-01', '2027-01-03'],
      ['青年节', '2027-05-04', '2027-05-04'],
      ['国庆节', '2027-10-01', '2027-10-07'],
    ]);
  });

  it('splits a holiday in two when a day in its middle becomes a workday', () => {
    const next = toggleDay(national, '2027-10-04', '假日');
    expect(next.holidays.filter((h) => h.name === '国庆节')).toEqual([
      { name: '国庆节', from: '2027-10-01', to: '2027-10-03' },
      { name: '国庆节', from: '2027-10-05', to: '2027-10-07' },
    ]);
    expect(kindOf(next, '2027-10-04').kind).toBe('workday');
  });

  it('turns a weekend day into a make-up workday, then a holiday, then a weekend day again', () => {
    const makeUp = toggleDay(national, '2027-09-25', '中秋节');
    expect(makeUp.makeUpWorkdays).toEqual(['2027-09-25', '2027-10-09']);
    const holiday = toggleDay(makeUp, '2027-09-25', '中秋节');
    expect(holiday.makeUpWorkdays).toEqual(['2027-10-09']);
    expect(kindOf(holiday, '2027-09-25')).toEqual({ kind: 'holiday', name: '中秋节' });
    const rest = toggleDay(holiday, '2027-09-25', '中秋节');
    expect(kindOf(rest, '2027-09-25').kind).toBe('rest');
    expect(sameCalendar(rest, national)).toBe(true);
  });

  it('knows a renamed holiday is a change, and the same days in another order are not', () => {
    expect(sameCalendar(renameHoliday(national, 0, '新年'), national)).toBe(false);
    expect(sameCalendar({ ...national, holidays: [...national.holidays].reverse() }, national)).toBe(true);
    expect(canonical({ holidays: [], makeUpWorkdays: ['2027-03-07', '2027-02-07'] }).makeUpWorkdays).toEqual(['2027-02-07', '2027-03-07']);
  });

  it('enters a holiday as a range, dropping the make-up workdays in it', () => {
    const next = addHoliday(national, '国庆节、中秋节', '2027-10-01', '2027-10-09');
    expect(next.holidays).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      { name: '国庆节、中秋节', from: '2027-10-01', to: '2027-10-09' },
    ]);
    expect(next.makeUpWorkdays).toEqual([]);
  });

  it('counts the year’s days', () => {
    // 2027 has 261 weekdays; 元旦 takes 1 of them (Friday), 国庆节 5; one Saturday is worked.
    expect(countDays(national, 2027)).toEqual({ workdays: 261 - 6 + 1, holidays: 10, makeup: 1 });
  });
});
