import { CheckCircleOutlined, PauseCircleOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { dueInChina } from '../../areas/matters/format';
import { useT } from '../../i18n';
import { lightWords, type Light } from './words';

/**
 * Light colours that keep WCAG AA contrast (4.5:1) of the text on its own background; each light
 * also has its own shape (a circle, a triangle, a stop sign) and its name, never colour alone.
 */
export const LIGHT_STYLE: Record<Light, { color: string; background: string; borderColor: string }> = {
  RED: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  YELLOW: { color: '#7c4a00', background: '#fffbe6', borderColor: '#ffe58f' },
  GREEN: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
};

const ICONS: Record<Light, ReactNode> = {
  GREEN: <CheckCircleOutlined aria-hidden />,
  YELLOW: <WarningOutlined aria-hidden />,
  RED: <StopOutlined aria-hidden />,
};

interface Props {
  readonly light: Light;
  /** The due time the light is counted against, shown (in China time) on hover and focus. */
  readonly dueAt?: string;
  /** When the light turns yellow, shown with the due time. */
  readonly yellowAt?: string;
}

/**
 * A traffic light (亮灯): 绿灯 / 黄灯 / 红灯 with its shape, and the due time it is counted
 * against on hover or keyboard focus.
 */
export function LightBadge({ light, dueAt, yellowAt }: Props) {
  const t = useT(lightWords);
  const tag = (
    <Tag
      style={{ ...LIGHT_STYLE[light], marginInlineEnd: 4 }}
      icon={ICONS[light]}
      data-testid="light"
      data-light={light}
      tabIndex={dueAt ? 0 : undefined}
    >
      {t(`light.${light}`)}
    </Tag>
  );
  if (!dueAt) return tag;
  return (
    <Tooltip
      trigger={['hover', 'focus']}
      title={
        <>
          <div>{t('due', { at: dueInChina(dueAt) })}</div>
          {yellowAt && light === 'GREEN' && <div>{t('yellowAt', { at: dueInChina(yellowAt) })}</div>}
        </>
      }
    >
      {tag}
    </Tooltip>
  );
}

/** 暂停计时: a matter whose service clocks stand still while it waits. */
export function PausedBadge() {
  const t = useT(lightWords);
  return (
    <Tag icon={<PauseCircleOutlined aria-hidden />} style={{ color: '#0958d9', background: '#e6f4ff', borderColor: '#91caff' }} data-testid="paused">
      {t('paused')}
    </Tag>
  );
}
