import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n';
import { STATUS_COLORS, STATUSES } from '../labels';
import { provinces } from '../messages';
import type { TenantStatus } from './centerTree';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** A small bar chart of the province's centers by status; its label reads the counts out. */
export default function StatusChart({ counts }: { counts: Record<TenantStatus, number> }) {
  const t = useT(provinces);
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: Option = {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: STATUSES.map((status) => t(`status.${status}`)) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 16,
          label: { show: true, position: 'right' },
          data: STATUSES.map((status) => ({ value: counts[status], itemStyle: { color: STATUS_COLORS[status] } })),
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [counts, t]);

  const summary = STATUSES.map((status) => `${t(`status.${status}`)} ${counts[status]}`).join('，');
  return <div ref={element} role="img" aria-label={t('chartLabel', { summary })} style={{ width: '100%', height: 150 }} />;
}
