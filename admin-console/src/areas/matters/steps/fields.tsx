import dayjs, { type Dayjs } from 'dayjs';

/**
 * Form.Item props that keep an amount in fen in the form (the API's field, so its problems land
 * on it) while the person types yuan.
 */
export const yuanField = {
  getValueProps: (fen: number | undefined) => ({ value: fen == null ? undefined : fen / 100 }),
  normalize: (yuan: number | null | undefined) => (yuan == null ? undefined : Math.round(yuan * 100)),
};

/** Form.Item props keeping a day as the API's `YYYY-MM-DD` while a DatePicker shows it. */
export const dayField = {
  getValueProps: (day: string | undefined) => ({ value: day ? dayjs(day) : undefined }),
  normalize: (day: Dayjs | null | undefined) => (day ? day.format('YYYY-MM-DD') : undefined),
};

/** Form.Item props keeping a moment as the API's ISO instant while a DatePicker with time shows it. */
export const instantField = {
  getValueProps: (at: string | undefined) => ({ value: at ? dayjs(at) : undefined }),
  normalize: (at: Dayjs | null | undefined) => (at ? at.toISOString() : undefined),
};

/** The text, trimmed, or nothing when blank (optional fields the API would refuse empty). */
export function optional(text: string | undefined | null): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** Yuan with two decimals and grouping, from fen. */
export function yuan(fen: number, locale: string): string {
  return (fen / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
