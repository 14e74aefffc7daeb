import { createElement } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** 预警: what the clocks raised for the center, each linking to its matter. */
export const area: Area = {
  key: 'warnings',
  order: 44,
  path: 'warnings',
  title: { 'zh-CN': '预警信息', 'en-US': 'Warnings' },
  icon: createElement(AlertOutlined),
  pages: [{ path: 'list', title: { 'zh-CN': '预警列表', 'en-US': 'Warnings' }, requires: ['listWarnings'] }],
  routes: () => import('./routes'),
};
