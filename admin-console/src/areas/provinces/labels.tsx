import { Tag, type TagProps } from 'antd';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import { useT } from '../../i18n';
import type { TenantStatus } from './centers/centerTree';
import { provinces } from './messages';

/** The colour of each status: green running, orange stopped, blue on its way, red failed. */
export const STATUS_COLORS: Record<TenantStatus, string> = {
  PROVISIONING: '#0958d9',
  ACTIVE: '#389e0d',
  SUSPENDED: '#d46b08',
  ARCHIVED: '#595959',
  FAILED: '#cf1322',
};

/** Tag tones with dark text on a light ground (Ant Design's preset tags fall short of 4.5:1). */
const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  grey: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  purple: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
} as const;
export type Tone = keyof typeof TONES;

export function ToneTag({ tone, children, ...rest }: { tone: Tone; children: ReactNode } & Omit<TagProps, 'color' | 'style'>) {
  return (
    <Tag {...rest} style={TONES[tone]}>
      {children}
    </Tag>
  );
}

const STATUS_TONES: Record<TenantStatus, Tone> = {
  PROVISIONING: 'blue',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  ARCHIVED: 'grey',
  FAILED: 'red',
};

export const STATUSES = Object.keys(STATUS_COLORS) as TenantStatus[];

export function StatusTag({ status }: { status: TenantStatus }) {
  const t = useT(provinces);
  return (
    <ToneTag tone={STATUS_TONES[status]} data-status={status}>
      {t(`status.${status}`)}
    </ToneTag>
  );
}

/** A moment as the operator reads it, in their time zone. */
export function formatTime(value: string | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** A center's schema versions, one service after another. */
export function formatSchemaVersions(versions: Record<string, string>): string {
  const entries = Object.entries(versions).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([service, version]) => `${service.replace(/-service$/, '')} v${version}`).join(' · ') : '—';
}
