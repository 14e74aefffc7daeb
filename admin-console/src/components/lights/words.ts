import type { components } from '../../api/generated/cases';
import { messages } from '../../i18n';

export type Light = components['schemas']['Light'];
export type ClockKind = components['schemas']['ClockKind'];

/** The lights in the order a filter lists them: the worst first. */
export const LIGHTS: readonly Light[] = ['RED', 'YELLOW', 'GREEN'];

/** The clock kinds in the order of a matter's life. */
export const CLOCK_KINDS: readonly ClockKind[] = [
  'RESPONSE',
  'SIGN_OFF',
  'ARRIVAL',
  'HANDLING',
  'LOCK',
  'CLOSURE',
  'FOLLOW_UP',
  'PETITION',
  'JUDICIAL_APPLICATION',
  'COURT_ACCEPTANCE',
  'INSTALMENT',
];

/** The words of lights (亮灯) and clocks, wherever a screen shows them. */
export const lightWords = messages(
  {
    'light.GREEN': '绿灯',
    'light.YELLOW': '黄灯',
    'light.RED': '红灯',
    'lightMeaning.GREEN': '按时',
    'lightMeaning.YELLOW': '临近时限',
    'lightMeaning.RED': '已超时',
    'clock.RESPONSE': '响应',
    'clock.SIGN_OFF': '签收',
    'clock.ARRIVAL': '报到',
    'clock.HANDLING': '办理',
    'clock.LOCK': '钥匙',
    'clock.CLOSURE': '办结',
    'clock.FOLLOW_UP': '回访',
    'clock.PETITION': '信访',
    'clock.JUDICIAL_APPLICATION': '申请司法确认',
    'clock.COURT_ACCEPTANCE': '法院受理',
    'clock.INSTALMENT': '分期履行',
    'family.SLA': '服务时限（暂停时停止计时）',
    'family.STATUTORY': '法定时限（不暂停）',
    due: '时限 {at}（北京时间）',
    yellowAt: '{at} 起亮黄灯',
    noDue: '无时限',
    light: '亮灯',
    paused: '暂停计时',
    statutory: '法定时限',
  },
  {
    'light.GREEN': 'Green',
    'light.YELLOW': 'Yellow',
    'light.RED': 'Red',
    'lightMeaning.GREEN': 'on time',
    'lightMeaning.YELLOW': 'due soon',
    'lightMeaning.RED': 'overdue',
    'clock.RESPONSE': 'Response',
    'clock.SIGN_OFF': 'Sign-off',
    'clock.ARRIVAL': 'Arrival',
    'clock.HANDLING': 'Handling',
    'clock.LOCK': 'Key',
    'clock.CLOSURE': 'Closure',
    'clock.FOLLOW_UP': 'Follow-up',
    'clock.PETITION': 'Petition',
    'clock.JUDICIAL_APPLICATION': 'Judicial confirmation application',
    'clock.COURT_ACCEPTANCE': 'Court acceptance',
    'clock.INSTALMENT': 'Instalment',
    'family.SLA': 'Service clock (stops while paused)',
    'family.STATUTORY': 'Statutory clock (never paused)',
    due: 'Due {at} (China time)',
    yellowAt: 'Yellow from {at}',
    noDue: 'No deadline',
    light: 'Light',
    paused: 'Clocks paused',
    statutory: 'Statutory',
  },
);
