import type { components } from '../../../api/generated/cases';

export type Matter = components['schemas']['Matter'];
export type Step = components['schemas']['Step'];
export type Assignment = components['schemas']['Assignment'];
export type Whistle = components['schemas']['Whistle'];
export type Lock = components['schemas']['Lock'];
export type Instalment = components['schemas']['Instalment'];
export type Extension = components['schemas']['Extension'];

/** A step the page offers, with the part of the matter it acts on when it acts on one. */
export type Action =
  | { readonly step: 'signAssignment' | 'returnAssignment' | 'completeAssignment'; readonly assignment: Assignment }
  | { readonly step: 'recordArrival'; readonly whistle: Whistle }
  | { readonly step: 'proposeKey'; readonly lock: Lock }
  | { readonly step: 'recordInstalmentPayment'; readonly instalment: Instalment }
  | { readonly step: 'decideExtension'; readonly extension: Extension }
  | {
      readonly step: Exclude<
        Step,
        | 'signAssignment'
        | 'returnAssignment'
        | 'completeAssignment'
        | 'recordArrival'
        | 'proposeKey'
        | 'recordInstalmentPayment'
        | 'decideExtension'
      >;
    };

/** Who looks at the matter: the department their account names (none for the center's own staff). */
export interface Caller {
  readonly department?: string;
}

/** The order the page lists steps in: the matter's life from intake to follow-up. */
const ORDER: readonly Step[] = [
  'triageMatter',
  'dispatchMatter',
  'signAssignment',
  'returnAssignment',
  'completeAssignment',
  'whistleDepartment',
  'recordArrival',
  'addHandlingRecord',
  'recordMediationSession',
  'splitMatter',
  'proposeKey',
  'recordJointMeeting',
  'recordOutcome',
  'recordInstalmentPayment',
  'recordJudicialConfirmation',
  'closeMatter',
  'recordFollowUp',
  'pauseMatter',
  'resumeMatter',
  'requestExtension',
  'decideExtension',
  'withdrawMatter',
];

const live = (assignment: Assignment) => assignment.status === 'PENDING' || assignment.status === 'SIGNED';

/** The departments holding a live assignment of the matter (who has it now). */
export function holders(matter: Matter): Set<string> {
  return new Set(matter.assignments.filter(live).map((assignment) => assignment.department));
}

/**
 * The steps the matter's page offers its caller now: those the matter's state allows
 * (`nextSteps`), that the caller's roles and scopes may call (`may`), and that the API would
 * take from the caller's department (staff of a department act on its own assignments, locks and
 * whistles, and for a matter it holds: whistling, recording, pausing its clocks, asking for more
 * time). Steps acting on a part (an assignment, a whistle, a lock, an instalment, a pending
 * extension) are offered once per part they may act on. The API decides again.
 */
export function offeredActions(matter: Matter, caller: Caller, may: (step: Step) => boolean): Action[] {
  const allowed = new Set(matter.nextSteps.filter(may));
  const department = caller.department;
  const mine = (of: string) => department == null || department === of;
  const holds = department == null || holders(matter).has(department);
  const actions: Action[] = [];

  for (const step of ORDER) {
    if (!allowed.has(step)) continue;
    switch (step) {
      case 'signAssignment':
      case 'returnAssignment':
        for (const assignment of matter.assignments) {
          if (assignment.status === 'PENDING' && mine(assignment.department)) actions.push({ step, assignment });
        }
        break;
      case 'completeAssignment':
        for (const assignment of matter.assignments) {
          if (assignment.status === 'SIGNED' && mine(assignment.department)) actions.push({ step, assignment });
        }
        break;
      case 'recordArrival':
        for (const whistle of matter.whistles) {
          if (whistle.status !== 'AWAITING') continue;
          if (department == null || [whistle.department, whistle.summonedFor, whistle.host].includes(department)) {
            actions.push({ step, whistle });
          }
        }
        break;
      case 'proposeKey':
        for (const lock of matter.locks) {
          if ((lock.status === 'OPEN' || lock.status === 'KEY_PROPOSED') && mine(lock.department)) {
            actions.push({ step, lock });
          }
        }
        break;
      case 'recordInstalmentPayment':
        for (const instalment of matter.outcome?.instalments ?? []) {
          if (instalment.status === 'UNPAID') actions.push({ step, instalment });
        }
        break;
      case 'decideExtension':
        // A supervisor decides each pending request; the matter offers the step while one is.
        for (const extension of matter.extensions) {
          if (extension.status === 'PENDING') actions.push({ step, extension });
        }
        break;
      case 'pauseMatter':
      case 'resumeMatter':
      case 'requestExtension':
      case 'whistleDepartment':
      case 'addHandlingRecord':
      case 'splitMatter':
      case 'recordJointMeeting':
        if (holds) actions.push({ step });
        break;
      case 'recordMediationSession':
        if (department == null || takesPart(matter, department)) actions.push({ step });
        break;
      case 'recordFollowUp':
        // The visit is made by the windows, not by a department that did the work.
        if (
          department == null ||
          !matter.assignments.some((a) => a.department === department && a.status === 'COMPLETED')
        ) {
          actions.push({ step });
        }
        break;
      default:
        actions.push({ step });
    }
  }
  return actions;
}

function takesPart(matter: Matter, department: string): boolean {
  return (
    matter.assignments.some((a) => a.department === department && (live(a) || a.status === 'COMPLETED')) ||
    matter.whistles.some((w) => w.department === department && w.status === 'ARRIVED')
  );
}

/** A stable key for an action (a step and the part it acts on). */
export function actionKey(action: Action): string {
  if ('assignment' in action) return `${action.step}:${action.assignment.id}`;
  if ('whistle' in action) return `${action.step}:${action.whistle.id}`;
  if ('lock' in action) return `${action.step}:${action.lock.id}`;
  if ('instalment' in action) return `${action.step}:${action.instalment.number}`;
  if ('extension' in action) return `${action.step}:${action.extension.number}`;
  return action.step;
}
