import type { components } from '../../api/generated/cases';
import { messages } from '../../i18n';

type Schemas = components['schemas'];
export type Supervision = Schemas['Supervision'];
export type SupervisionStepKind = Schemas['SupervisionStepKind'];
export type SupervisionOutcome = Schemas['SupervisionOutcome'];

/** The steps a supervisor records by hand, in the order they escalate; CLOSE ends the item. */
export const MANUAL_STEPS: readonly Exclude<SupervisionStepKind, 'OPENED' | 'CLOSE'>[] = [
  'REMINDER',
  'INTERVIEW',
  'CRITICISM_NOTICE',
  'RECTIFICATION_NOTICE',
  'ACCOUNTABILITY_RECOMMENDATION',
];

/** The outcomes a supervisor closes an item with after verification (the others are the matter's). */
export const CLOSING_OUTCOMES: readonly SupervisionOutcome[] = ['RECTIFIED', 'UNFOUNDED'];

/**
 * The words of supervision (督办), wherever they show: the board, its items, a matter's page, the
 * timeline and the inbox.
 */
export const supervisionWords = messages(
  {
    'status.OPEN': '督办中',
    'status.CLOSED': '已办结',
    'trigger.MATTER_OVERDUE': '事项超期',
    'trigger.ASSIGNMENT_OVERDUE': '部门办理超期',
    'trigger.UNSIGNED': '超时未签收',
    'trigger.LOCK_MISSED': '钥匙逾期',
    'trigger.UNSATISFIED': '回访不满意',
    'trigger.MANUAL': '人工发起',
    'trigger.HANDED_DOWN': '上级交办',
    'source.LOCAL': '本中心',
    'source.SUPERIOR': '上级中心',
    'step.OPENED': '发起督办',
    'step.REMINDER': '催办',
    'step.INTERVIEW': '约谈',
    'step.CRITICISM_NOTICE': '通报批评',
    'step.RECTIFICATION_NOTICE': '整改通知',
    'step.ACCOUNTABILITY_RECOMMENDATION': '问责建议',
    'step.CLOSE': '核查办结',
    'outcome.RECTIFIED': '已整改',
    'outcome.MATTER_CLOSED': '事项已办结',
    'outcome.WITHDRAWN': '事项已撤回',
    'outcome.UNFOUNDED': '经核查无需整改',
    center: '综治中心',
    system: '系统',
  },
  {
    'status.OPEN': 'Open',
    'status.CLOSED': 'Closed',
    'trigger.MATTER_OVERDUE': 'Matter overdue',
    'trigger.ASSIGNMENT_OVERDUE': 'Assignment overdue',
    'trigger.UNSIGNED': 'Unsigned past due',
    'trigger.LOCK_MISSED': 'Lock missed its deadline',
    'trigger.UNSATISFIED': 'Unsatisfied follow-up',
    'trigger.MANUAL': 'Opened by hand',
    'trigger.HANDED_DOWN': 'Handed down',
    'source.LOCAL': 'This center',
    'source.SUPERIOR': 'A superior center',
    'step.OPENED': 'Opened',
    'step.REMINDER': 'Reminder',
    'step.INTERVIEW': 'Interview',
    'step.CRITICISM_NOTICE': 'Notice of criticism',
    'step.RECTIFICATION_NOTICE': 'Rectification notice',
    'step.ACCOUNTABILITY_RECOMMENDATION': 'Accountability recommendation',
    'step.CLOSE': 'Closed after verification',
    'outcome.RECTIFIED': 'Rectified',
    'outcome.MATTER_CLOSED': 'Matter closed',
    'outcome.WITHDRAWN': 'Matter withdrawn',
    'outcome.UNFOUNDED': 'Unfounded on verification',
    center: 'The center',
    system: 'System',
  },
);
