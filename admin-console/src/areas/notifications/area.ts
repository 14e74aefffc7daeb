import { createElement } from 'react';
import { BellOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** 消息: each person's inbox, and their department's: warnings and supervision that need them. */
export const area: Area = {
  key: 'notifications',
  order: 10,
  path: 'notifications',
  title: { 'zh-CN': '消息', 'en-US': 'Messages' },
  icon: createElement(BellOutlined),
  pages: [{ path: 'inbox', title: { 'zh-CN': '消息中心', 'en-US': 'Inbox' }, requires: ['listNotifications'] }],
  routes: () => import('./routes'),
};
