import { describe, expect, it } from 'vitest';
import { kpiRows, selectionsOf, warningOnBadSide, type KpiMetric } from './kpis';

const metric = (code: string, better: KpiMetric['better'] = 'HIGHER'): KpiMetric => ({
  code, name: code, nameEn: code, definition: '', unit: 'PERCENT', min: 0, max: 100, better,
});

describe('the KPI table', () => {
  it('lists every catalog metric, selected or not, and keeps a selection the catalog lacks', () => {
    const rows = kpiRows([metric('a'), metric('b')], [
      { metric: 'b', targets: [{ period: '2026', target: 90, warning: 85 }] },
      { metric: 'old', targets: [] },
    ]);
    expect(rows.map((row) => [row.metric, row.selected])).toEqual([['a', false], ['b', true], ['old', true]]);
  });

  it('saves only selected rows, and knows which row each saved KPI came from', () => {
    const { selections, rowOf } = selectionsOf([
      { metric: 'a', selected: false, targets: [{ period: '2026', target: 1, warning: 0 }] },
      { metric: 'b', selected: true, targets: [{ period: ' 2026-Q4 ', target: 95, warning: 90 }] },
    ]);
    expect(selections).toEqual([{ metric: 'b', targets: [{ period: '2026-Q4', target: 95, warning: 90 }] }]);
    expect(rowOf).toEqual([1]);
  });

  it('wants the warning value on the bad side of the target', () => {
    expect(warningOnBadSide('HIGHER', 95, 90)).toBe(true);
    expect(warningOnBadSide('HIGHER', 95, 97)).toBe(false);
    expect(warningOnBadSide('LOWER', 5, 7)).toBe(true);
    expect(warningOnBadSide('LOWER', 5, 3)).toBe(false);
  });
});
