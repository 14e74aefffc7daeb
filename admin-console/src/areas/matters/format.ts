const chinaTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the center reads it (China time, whatever the browser's zone), e.g. 2026/12/08 09:30. */
export function inChina(at: string | Date): string {
  return chinaTime.format(typeof at === 'string' ? new Date(at) : at);
}

/**
 * A deadline as the center reads it: the end of a day (00:00 of the next, in China) is shown as
 * that day's 24:00, so "close by the 17th" reads 2026/12/17 24:00, not 2026/12/18 00:00.
 */
export function dueInChina(at: string | Date): string {
  const moment = typeof at === 'string' ? new Date(at) : at;
  const text = inChina(moment);
  if (!text.endsWith(' 00:00')) return text;
  return `${inChina(new Date(moment.getTime() - 60_000)).slice(0, 10)} 24:00`;
}
