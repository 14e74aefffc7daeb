/**
 * Tag colours dark enough for white text to keep WCAG AA contrast (Ant Design's light preset tags
 * such as orange and green fall short of it).
 */
export const TAG = {
  waiting: '#ad4e00',
  working: '#0958d9',
  done: '#237804',
  bad: '#a8071a',
  neutral: '#595959',
  triaged: '#006d75',
} as const;
