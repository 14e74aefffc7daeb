import { describe, expect, it } from 'vitest';
import { mayCall } from '../../../api/access';
import type { Claims } from '../../../auth/claims';
import { actionKey, offeredActions, type Assignment, type Lock, type Matter, type Step, type Whistle } from './offered';

const staff = (department?: string): Claims => ({
  sub: 'someone',
  tenant: 'nm-jarud',
  department,
  roles: ['STAFF'],
  scope: 'openid cases:read cases:write',
  exp: 0,
});
const supervisor: Claims = {
  sub: 'supervisor',
  tenant: 'nm-jarud',
  roles: ['SUPERVISOR'],
  scope: 'openid cases:read cases:write supervision:write',
  exp: 0,
};
const auditor: Claims = { sub: 'auditor', tenant: 'nm-jarud', roles: ['AUDITOR'], scope: 'openid cases:read', exp: 0 };

const assignment = (id: string, department: string, status: Assignment['status'], role: Assignment['role'] = 'LEAD'): Assignment => ({
  id,
  department,
  role,
  status,
  assignedAt: '2026-08-25T02:00:00Z',
});
const whistle = (id: string, department: string, status: Whistle['status'], summonedFor?: string): Whistle => ({
  id,
  department,
  reason: '核实工程机械台班',
  summonedBy: 'agri.mediator',
  summonedFor,
  summonedAt: '2026-08-25T03:00:00Z',
  arrivalDueAt: '2026-08-25T03:30:00Z',
  status,
});
const lock = (id: string, department: string, status: Lock['status']): Lock => ({
  id,
  title: id,
  department,
  workingDays: 3,
  status,
  splitAt: '2026-08-25T03:00:00Z',
  splitBy: 'staff',
  keys: [],
});

function matter(status: Matter['status'], nextSteps: Step[], parts: Partial<Matter> = {}): Matter {
  return {
    id: 'm1',
    code: '150526-2026-000001',
    tenant: 'nm-jarud',
    status,
    channel: 'WALK_IN',
    categoryCode: 'consumer-contract',
    description: '张某反映水利工程承包方拖欠其机械租赁费41600元。',
    orgUnitCode: '150526',
    parties: [],
    registeredAt: '2026-08-25T02:00:00Z',
    complexity: 'NORMAL',
    assignments: [],
    whistles: [],
    handlingRecords: [],
    attachments: [],
    mediationSessions: [],
    locks: [],
    jointMeetings: [],
    returnCount: 0,
    reopenCount: 0,
    supervisionRequired: false,
    light: 'GREEN',
    clocks: [],
    paused: false,
    pauses: [],
    extensions: [],
    nextSteps,
    version: 1,
    ...parts,
  };
}

const offered = (m: Matter, claims: Claims) =>
  offeredActions(m, { department: claims.department }, (step) => mayCall(claims, step)).map(actionKey);

const agriculturePending = assignment('a1', 'agriculture', 'PENDING');
const agricultureSigned = assignment('a1', 'agriculture', 'SIGNED');
const courtPending = assignment('c1', 'court', 'PENDING', 'CO_HANDLER');
const paymentOutcome: Matter['outcome'] = {
  kind: 'PAYMENT_AGREEMENT',
  summary: '分两期付清',
  amountFen: 4160000,
  recordedAt: '2026-08-30T02:00:00Z',
  instalments: [
    { number: 1, amountFen: 2000000, dueOn: '2026-09-01', status: 'PAID', overdue: false },
    { number: 2, amountFen: 2160000, dueOn: '2026-10-01', status: 'UNPAID', overdue: false },
  ],
};

// Each row: the matter as the API answers it (its status, nextSteps and parts), who looks at it,
// and the buttons the page must offer, in order.
const rows: { name: string; matter: Matter; caller: Claims; expected: string[] }[] = [
  {
    name: 'REGISTERED, to the window',
    matter: matter('REGISTERED', ['triageMatter', 'dispatchMatter', 'withdrawMatter']),
    caller: staff(),
    expected: ['triageMatter', 'dispatchMatter', 'withdrawMatter'],
  },
  {
    name: 'TRIAGED after the lead returned it, a co-handler still pending, to the window',
    matter: matter('TRIAGED', ['triageMatter', 'dispatchMatter', 'signAssignment', 'returnAssignment', 'withdrawMatter'], {
      assignments: [assignment('a0', 'market-regulation', 'RETURNED'), courtPending],
    }),
    caller: staff(),
    expected: ['triageMatter', 'dispatchMatter', 'signAssignment:c1', 'returnAssignment:c1', 'withdrawMatter'],
  },
  {
    name: 'DISPATCHED, to the assigned department: sign or return its own assignment only',
    matter: matter(
      'DISPATCHED',
      ['signAssignment', 'returnAssignment', 'whistleDepartment', 'addHandlingRecord', 'splitMatter', 'recordJointMeeting', 'withdrawMatter'],
      { assignments: [agriculturePending, courtPending] },
    ),
    caller: staff('agriculture'),
    expected: [
      'signAssignment:a1',
      'returnAssignment:a1',
      'whistleDepartment',
      'addHandlingRecord',
      'splitMatter',
      'recordJointMeeting',
      'withdrawMatter',
    ],
  },
  {
    name: 'DISPATCHED, to a department holding nothing of it',
    matter: matter(
      'DISPATCHED',
      ['signAssignment', 'returnAssignment', 'whistleDepartment', 'addHandlingRecord', 'splitMatter', 'recordJointMeeting', 'withdrawMatter'],
      { assignments: [agriculturePending] },
    ),
    caller: staff('water'),
    expected: ['withdrawMatter'],
  },
  {
    name: 'IN_HANDLING with the water bureau whistled in, to the water bureau: its arrival only',
    matter: matter(
      'IN_HANDLING',
      [
        'completeAssignment',
        'whistleDepartment',
        'recordArrival',
        'addHandlingRecord',
        'recordMediationSession',
        'splitMatter',
        'recordJointMeeting',
        'recordOutcome',
        'withdrawMatter',
      ],
      { assignments: [agricultureSigned], whistles: [whistle('w1', 'water', 'AWAITING', 'agriculture')] },
    ),
    caller: staff('water'),
    expected: ['recordArrival:w1', 'recordOutcome', 'withdrawMatter'],
  },
  {
    name: 'IN_HANDLING with a whistle awaited, to the mediator who whistled it',
    matter: matter(
      'IN_HANDLING',
      [
        'completeAssignment',
        'whistleDepartment',
        'recordArrival',
        'addHandlingRecord',
        'recordMediationSession',
        'splitMatter',
        'recordJointMeeting',
        'recordOutcome',
        'withdrawMatter',
      ],
      { assignments: [agricultureSigned], whistles: [whistle('w1', 'water', 'AWAITING', 'agriculture')] },
    ),
    caller: staff('agriculture'),
    expected: [
      'completeAssignment:a1',
      'whistleDepartment',
      'recordArrival:w1',
      'addHandlingRecord',
      'recordMediationSession',
      'splitMatter',
      'recordJointMeeting',
      'recordOutcome',
      'withdrawMatter',
    ],
  },
  {
    name: 'IN_HANDLING after the water bureau arrived, to the water bureau: it may record its mediation',
    matter: matter(
      'IN_HANDLING',
      ['completeAssignment', 'whistleDepartment', 'addHandlingRecord', 'recordMediationSession', 'splitMatter', 'recordJointMeeting', 'recordOutcome', 'withdrawMatter'],
      { assignments: [agricultureSigned], whistles: [whistle('w1', 'water', 'ARRIVED', 'agriculture')] },
    ),
    caller: staff('water'),
    expected: ['recordMediationSession', 'recordOutcome', 'withdrawMatter'],
  },
  {
    name: 'IN_HANDLING split into locks, to the labor inspection brigade: a key to its own lock only',
    matter: matter(
      'IN_HANDLING',
      ['completeAssignment', 'whistleDepartment', 'addHandlingRecord', 'recordMediationSession', 'splitMatter', 'proposeKey', 'recordJointMeeting', 'withdrawMatter'],
      {
        assignments: [assignment('h1', 'human-resources', 'SIGNED')],
        locks: [lock('wages', 'labor-inspection', 'OPEN'), lock('injury', 'human-resources', 'KEY_PROPOSED')],
      },
    ),
    caller: staff('labor-inspection'),
    expected: ['proposeKey:wages', 'withdrawMatter'],
  },
  {
    name: 'IN_HANDLING split into locks, to the window: every unresolved lock takes a key, no outcome yet',
    matter: matter(
      'IN_HANDLING',
      ['completeAssignment', 'whistleDepartment', 'addHandlingRecord', 'recordMediationSession', 'splitMatter', 'proposeKey', 'recordJointMeeting', 'withdrawMatter'],
      {
        assignments: [assignment('h1', 'human-resources', 'SIGNED')],
        locks: [
          lock('wages', 'labor-inspection', 'KEY_PROPOSED'),
          lock('injury', 'human-resources', 'OPEN'),
          lock('old', 'court', 'RESOLVED'),
        ],
      },
    ),
    caller: staff(),
    expected: [
      'completeAssignment:h1',
      'whistleDepartment',
      'addHandlingRecord',
      'recordMediationSession',
      'splitMatter',
      'proposeKey:wages',
      'proposeKey:injury',
      'recordJointMeeting',
      'withdrawMatter',
    ],
  },
  {
    name: 'IN_HANDLING ready to close with an instalment unpaid, to the window',
    matter: matter(
      'IN_HANDLING',
      [
        'whistleDepartment',
        'addHandlingRecord',
        'recordMediationSession',
        'splitMatter',
        'recordJointMeeting',
        'recordOutcome',
        'recordInstalmentPayment',
        'closeMatter',
        'withdrawMatter',
      ],
      { assignments: [assignment('a1', 'agriculture', 'COMPLETED')], outcome: paymentOutcome },
    ),
    caller: staff(),
    expected: [
      'whistleDepartment',
      'addHandlingRecord',
      'recordMediationSession',
      'splitMatter',
      'recordJointMeeting',
      'recordOutcome',
      'recordInstalmentPayment:2',
      'closeMatter',
      'withdrawMatter',
    ],
  },
  {
    name: 'CLOSED, to the window: the follow-up visit',
    matter: matter('CLOSED', ['recordFollowUp'], { assignments: [assignment('a1', 'agriculture', 'COMPLETED')] }),
    caller: staff(),
    expected: ['recordFollowUp'],
  },
  {
    name: 'CLOSED, to the department that did the work: no follow-up visit of its own work',
    matter: matter('CLOSED', ['recordFollowUp'], { assignments: [assignment('a1', 'agriculture', 'COMPLETED')] }),
    caller: staff('agriculture'),
    expected: [],
  },
  {
    name: 'CLOSED awaiting the court, to the window: the judicial confirmation and the visit',
    matter: matter('CLOSED', ['recordJudicialConfirmation', 'recordFollowUp'], {
      outcome: {
        kind: 'JUDICIAL_CONFIRMATION',
        summary: '申请司法确认',
        recordedAt: '2026-08-30T02:00:00Z',
        judicialConfirmation: { court: '扎鲁特旗人民法院', agreementEffectiveOn: '2026-08-30', applyBy: '2026-09-29' },
      },
    }),
    caller: staff(),
    expected: ['recordJudicialConfirmation', 'recordFollowUp'],
  },
  {
    name: 'FOLLOWED_UP with an instalment unpaid: its payment only',
    matter: matter('FOLLOWED_UP', ['recordInstalmentPayment'], { outcome: paymentOutcome }),
    caller: staff(),
    expected: ['recordInstalmentPayment:2'],
  },
  {
    name: 'FOLLOWED_UP with nothing left to follow',
    matter: matter('FOLLOWED_UP', []),
    caller: staff(),
    expected: [],
  },
  {
    name: 'WITHDRAWN',
    matter: matter('WITHDRAWN', [], { assignments: [assignment('a1', 'agriculture', 'CANCELLED')] }),
    caller: staff(),
    expected: [],
  },
  {
    name: 'IN_HANDLING and paused, to the department holding it: resume it or ask for more time',
    matter: matter('IN_HANDLING', ['completeAssignment', 'resumeMatter', 'requestExtension', 'withdrawMatter'], {
      assignments: [agricultureSigned],
      paused: true,
    }),
    caller: staff('agriculture'),
    expected: ['completeAssignment:a1', 'resumeMatter', 'requestExtension', 'withdrawMatter'],
  },
  {
    name: 'IN_HANDLING, to a department holding nothing of it: no pausing or extending another’s matter',
    matter: matter('IN_HANDLING', ['pauseMatter', 'requestExtension', 'withdrawMatter'], { assignments: [agricultureSigned] }),
    caller: staff('water'),
    expected: ['withdrawMatter'],
  },
  {
    name: 'IN_HANDLING with an extension pending, to the window: it may not decide it',
    matter: matter('IN_HANDLING', ['pauseMatter', 'decideExtension', 'withdrawMatter'], {
      extensions: [
        { number: 1, clock: 'CLOSURE', days: 3, reason: '等待鉴定', status: 'REFUSED', requestedAt: '2026-08-26T02:00:00Z', requestedBy: 'window' },
        { number: 2, clock: 'CLOSURE', days: 2, reason: '等待鉴定结论', status: 'PENDING', requestedAt: '2026-08-27T02:00:00Z', requestedBy: 'window' },
      ],
    }),
    caller: staff(),
    expected: ['pauseMatter', 'withdrawMatter'],
  },
  {
    name: 'IN_HANDLING with an extension pending, to a supervisor: the pending one to decide',
    matter: matter('IN_HANDLING', ['pauseMatter', 'decideExtension', 'withdrawMatter'], {
      extensions: [
        { number: 1, clock: 'CLOSURE', days: 3, reason: '等待鉴定', status: 'REFUSED', requestedAt: '2026-08-26T02:00:00Z', requestedBy: 'window' },
        { number: 2, clock: 'CLOSURE', days: 2, reason: '等待鉴定结论', status: 'PENDING', requestedAt: '2026-08-27T02:00:00Z', requestedBy: 'window' },
      ],
    }),
    caller: supervisor,
    expected: ['pauseMatter', 'decideExtension:2', 'withdrawMatter'],
  },
  {
    name: 'IN_HANDLING, to an auditor: reading only',
    matter: matter('IN_HANDLING', ['completeAssignment', 'recordOutcome', 'withdrawMatter'], { assignments: [agricultureSigned] }),
    caller: auditor,
    expected: [],
  },
];

describe('the steps a matter’s page offers', () => {
  it.each(rows)('$name', ({ matter: m, caller, expected }) => {
    expect(offered(m, caller)).toEqual(expected);
  });

  it('covers every status of the API', () => {
    const statuses: Matter['status'][] = ['REGISTERED', 'TRIAGED', 'DISPATCHED', 'IN_HANDLING', 'CLOSED', 'FOLLOWED_UP', 'WITHDRAWN'];
    expect(new Set(rows.map((row) => row.matter.status))).toEqual(new Set(statuses));
  });

  it('offers nothing the matter’s state does not allow, whatever its parts', () => {
    const m = matter('IN_HANDLING', ['withdrawMatter'], {
      assignments: [agriculturePending, agricultureSigned],
      whistles: [whistle('w1', 'water', 'AWAITING')],
      locks: [lock('wages', 'labor-inspection', 'OPEN')],
      outcome: paymentOutcome,
    });
    expect(offered(m, staff())).toEqual(['withdrawMatter']);
  });
});
