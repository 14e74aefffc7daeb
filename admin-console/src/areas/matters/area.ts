import { createElement } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** The window: registering matters, the ledger, and each matter's page and receipt. */
export const area: Area = {
  key: 'matters',
  order: 40,
  path: 'matters',
  title: { 'zh-CN': '事项办理', 'en-US': 'Matters' },
  icon: createElement(FileTextOutlined),
  pages: [
    { path: 'intake', title: { 'zh-CN': '登记受理', 'en-US': 'Register a matter' }, requires: ['registerMatter'] },
    { path: 'ledger', title: { 'zh-CN': '事项台账', 'en-US': 'Ledger' }, requires: ['listMatters'] },
  ],
  routes: () => import('./routes'),
};
