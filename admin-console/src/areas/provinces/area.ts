import { createElement } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** The provincial operator's province: its centers, onboarding, templates and calendar. */
export const area: Area = {
  key: 'provinces',
  order: 10,
  path: 'provinces',
  title: { 'zh-CN': '省级运营', 'en-US': 'Province' },
  icon: createElement(ApartmentOutlined),
  pages: [
    { path: 'centers', title: { 'zh-CN': '中心总览', 'en-US': 'Centers' }, requires: ['listTenants'] },
    { path: 'onboarding', title: { 'zh-CN': '开通中心', 'en-US': 'Onboard a center' }, requires: ['onboardTenant'] },
    { path: 'templates', title: { 'zh-CN': '配置模板', 'en-US': 'Templates' }, requires: ['listTemplates'] },
    { path: 'calendar', title: { 'zh-CN': '工作日历', 'en-US': 'Working calendar' }, requires: ['putProvinceCalendar'] },
  ],
  routes: () => import('./routes'),
};
