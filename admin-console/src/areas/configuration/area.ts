import { createElement } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** A local admin's center, as screens: org tree, hall, departments, categories, KPIs, calendar, history. */
export const area: Area = {
  key: 'configuration',
  order: 20,
  path: 'configuration',
  title: { 'zh-CN': '中心配置', 'en-US': 'Center configuration' },
  icon: createElement(SettingOutlined),
  pages: [
    { path: 'org-tree', title: { 'zh-CN': '组织架构', 'en-US': 'Org tree' }, requires: ['replaceConfigurationSection'] },
    { path: 'hall', title: { 'zh-CN': '大厅布局', 'en-US': 'Hall floor plan' }, requires: ['replaceConfigurationSection'] },
    { path: 'departments', title: { 'zh-CN': '入驻部门与排班', 'en-US': 'Departments and rota' }, requires: ['replaceConfigurationSection'] },
    { path: 'categories', title: { 'zh-CN': '事项类别与时限', 'en-US': 'Categories and deadlines' }, requires: ['replaceConfigurationSection'] },
    { path: 'kpis', title: { 'zh-CN': '考核指标', 'en-US': 'KPIs and targets' }, requires: ['replaceConfigurationSection'] },
    { path: 'calendar', title: { 'zh-CN': '日历调整', 'en-US': 'Calendar overrides' }, requires: ['replaceConfigurationSection'] },
    { path: 'versions', title: { 'zh-CN': '版本历史', 'en-US': 'Version history' }, requires: ['listConfigurationVersions'] },
    { path: 'workbook', title: { 'zh-CN': 'Excel 导入导出', 'en-US': 'Excel workbook' }, requires: ['importConfigurationWorkbook'] },
  ],
  routes: () => import('./routes'),
};
