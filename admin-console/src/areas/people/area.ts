import { createElement } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** A center's people and integrator clients (its admin), and a province's centers' admins (its operator). */
export const area: Area = {
  key: 'people',
  order: 30,
  path: 'people',
  title: { 'zh-CN': '人员与接入', 'en-US': 'People and clients' },
  icon: createElement(TeamOutlined),
  pages: [
    { path: 'accounts', title: { 'zh-CN': '工作人员账号', 'en-US': 'Staff accounts' }, requires: ['listAccounts'] },
    { path: 'clients', title: { 'zh-CN': '接入系统', 'en-US': 'Integrator clients' }, requires: ['listTenantClients'] },
  ],
  routes: () => import('./routes'),
};
