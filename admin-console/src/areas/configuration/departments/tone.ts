import type { CSSProperties } from 'react';

/**
 * Tag colours with text dark enough for WCAG AA (4.5:1) on their own background: Ant Design's
 * preset green, orange and red tags fall short of it.
 */
const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  blue: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
} satisfies Record<string, CSSProperties>;

export type Tone = keyof typeof TONES;

export function tone(name: Tone): CSSProperties {
  return TONES[name];
}
