import type { components } from '../../../api/generated/cases';

type MatterStep = components['schemas']['MatterStep'];

/**
 * How a summary names things: words of the matter's enums (and of supervision's, under
 * `supervision.`), departments, categories, amounts.
 */
export interface Namer {
  word(key: string): string;
  department(code: string): string;
  category(code: string): string;
  yuan(fen: number): string;
  late(late: boolean): string;
  files(count: number): string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** One line saying what a timeline step changed, from its details (personal data already masked by the API). */
export function summarize(step: MatterStep, name: Namer): string {
  const d = step.details;
  const parts: (string | undefined)[] = [];
  const enumWord = (prefix: string, value: unknown) => {
    const v = text(value);
    return v ? name.word(`${prefix}.${v}`) : undefined;
  };
  const amount = typeof d.amountFen === 'number' ? name.yuan(d.amountFen) : undefined;
  switch (step.kind) {
    case 'REGISTERED':
      parts.push(enumWord('channel', d.channel), text(d.categoryCode) && name.category(String(d.categoryCode)), enumWord('complexity', d.complexity));
      break;
    case 'DISPATCHED': {
      const lead = text(d.leadDepartment);
      const co = list(d.coHandlers).map((c) => name.department(String(c)));
      parts.push(lead && `${name.word('role.LEAD')}: ${name.department(lead)}`);
      if (co.length) parts.push(`${name.word('role.CO_HANDLER')}: ${co.join('、')}`);
      parts.push(text(d.reason));
      break;
    }
    case 'ASSIGNMENT_SIGNED':
      parts.push(enumWord('role', d.role));
      break;
    case 'ASSIGNMENT_RETURNED':
    case 'TRIAGED':
    case 'WITHDRAWN':
      parts.push(text(d.reason));
      break;
    case 'ASSIGNMENT_COMPLETED':
      parts.push(text(d.summary));
      break;
    case 'WHISTLED':
      parts.push(text(d.reason));
      break;
    case 'ARRIVED':
      parts.push(text(d.person), typeof d.late === 'boolean' ? name.late(d.late) : undefined);
      break;
    case 'HANDLING_RECORDED':
      parts.push(enumWord('handling', d.kind), text(d.summary), list(d.attachments).length ? name.files(list(d.attachments).length) : undefined);
      break;
    case 'SPLIT':
      parts.push(
        list(d.locks)
          .map((lock) => {
            const l = (lock ?? {}) as Record<string, unknown>;
            return `${text(l.title) ?? ''}（${name.department(text(l.department) ?? '')}）`;
          })
          .join('、'),
      );
      break;
    case 'KEY_PROPOSED':
      parts.push(text(d.title), text(d.proposal));
      break;
    case 'JOINT_MEETING':
      parts.push(text(d.plan), text(d.agent));
      break;
    case 'MEDIATION_SESSION':
      parts.push(text(d.round) && `#${String(d.round)}`, enumWord('mode', d.mode), text(d.room));
      break;
    case 'OUTCOME_RECORDED':
      parts.push(enumWord('outcome', d.kind), amount, text(d.summary));
      break;
    case 'INSTALMENT_PAID':
      parts.push(text(d.number) && `#${String(d.number)}`, amount, text(d.paidOn), typeof d.late === 'boolean' ? name.late(d.late) : undefined);
      break;
    case 'JUDICIAL_CONFIRMATION':
      parts.push(text(d.court), text(d.acceptedOn), text(d.number));
      break;
    case 'CLOSED':
      parts.push(enumWord('outcome', d.outcome), amount, typeof d.closedOnTime === 'boolean' ? name.late(!d.closedOnTime) : undefined, text(d.remarks));
      break;
    case 'FOLLOWED_UP':
      parts.push(enumWord('satisfaction', d.satisfaction), text(d.remarks));
      break;
    case 'REOPENED':
      parts.push(text(d.closureDueOn));
      break;
    case 'PAUSED':
      parts.push(enumWord('waitingOn', d.waitingOn), text(d.reason));
      break;
    case 'RESUMED':
      parts.push(text(d.remarks));
      break;
    case 'EXTENSION_REQUESTED':
    case 'EXTENSION_DECIDED':
    case 'EXTENSION_APPROVED':
    case 'EXTENSION_REFUSED':
      parts.push(
        enumWord('extensionClock', d.clock),
        text(d.days) && `+${String(d.days)}`,
        typeof d.approved === 'boolean' ? name.word(d.approved ? 'extension.APPROVED' : 'extension.REFUSED') : undefined,
        text(d.reason),
        text(d.remarks),
      );
      break;
    case 'SUPERVISION_OPENED':
    case 'SUPERVISION_STEP':
    case 'SUPERVISION_CLOSED':
      parts.push(
        enumWord('supervision.step', d.kind ?? d.step),
        text(d.responsibleUnit) && name.department(String(d.responsibleUnit)),
        enumWord('supervision.outcome', d.outcome),
        text(d.reason),
        text(d.note),
      );
      break;
  }
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}
