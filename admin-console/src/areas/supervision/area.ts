import { createElement } from 'react';
import { FlagOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** 督办: the center's supervision board, its items and each item's steps. */
export const area: Area = {
  key: 'supervision',
  order: 45,
  path: 'supervision',
  title: { 'zh-CN': '督办管理', 'en-US': 'Supervision' },
  icon: createElement(FlagOutlined),
  pages: [
    { path: 'board', title: { 'zh-CN': '督办看板', 'en-US': 'Supervision board' }, requires: ['getSupervisionBoard'] },
    { path: 'items', title: { 'zh-CN': '督办事项', 'en-US': 'Supervision items' }, requires: ['listSupervisions'] },
  ],
  routes: () => import('./routes'),
};
