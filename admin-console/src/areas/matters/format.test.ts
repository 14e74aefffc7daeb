import { dueInChina, inChina } from './format';

describe('times as the center reads them', () => {
  it('shows a moment in China time whatever the browser’s zone', () => {
    expect(inChina('2026-12-08T01:30:00Z')).toBe('2026/12/08 09:30');
  });

  it('shows the end of a due day as that day’s 24:00', () => {
    expect(dueInChina('2026-12-17T16:00:00Z')).toBe('2026/12/17 24:00');
    expect(dueInChina('2026-12-08T01:30:00Z')).toBe('2026/12/08 09:30');
  });
});
