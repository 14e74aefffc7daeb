import { createElement } from 'react';
import { SolutionOutlined } from '@ant-design/icons';
import type { Area } from '../area';

/** A department's staff: the matters assigned to their department, to sign, return or handle. */
export const area: Area = {
  key: 'assignments',
  order: 50,
  path: 'assignments',
  title: { 'zh-CN': '部门办理', 'en-US': 'Department work' },
  icon: createElement(SolutionOutlined),
  pages: [
    { path: 'inbox', title: { 'zh-CN': '本部门待办', 'en-US': 'Our assignments' }, requires: ['signAssignment'] },
  ],
  routes: () => import('./routes'),
};
