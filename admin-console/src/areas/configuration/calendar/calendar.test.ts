import { describe, expect, it } from 'vitest';
import { likelyWorking, withOverride } from './calendar';

describe('calendar overrides', () => {
  const list = [
    { date: '2026-12-05', working: true, reason: '值班' },
    { date: '2026-12-25', working: false, reason: '地方假日' },
  ];

  it('go in date order, and say where the new one is (for its field errors)', () => {
    const { overrides, index } = withOverride(list, { date: '2026-12-12', working: true, reason: '防汛值班' });
    expect(overrides.map((item) => item.date)).toEqual(['2026-12-05', '2026-12-12', '2026-12-25']);
    expect(index).toBe(1);
  });

  it('replace the override a date already has', () => {
    const { overrides, index } = withOverride(list, { date: '2026-12-25', working: true, reason: '改为上班' });
    expect(overrides).toHaveLength(2);
    expect(overrides[index]).toEqual({ date: '2026-12-25', working: true, reason: '改为上班' });
  });

  it('suggest a working day for a weekend date and a day off for a weekday', () => {
    expect(likelyWorking('2026-12-12')).toBe(true); // Saturday
    expect(likelyWorking('2026-12-14')).toBe(false); // Monday
  });
});
