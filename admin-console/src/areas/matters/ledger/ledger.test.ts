import type { components } from '../../../api/generated/cases';
import { currentStep, dueOf, filtersOf, pastClosureDue, queryOf } from './ledger';

type MatterSummary = components['schemas']['MatterSummary'];

const matter = (fields: Partial<MatterSummary>): MatterSummary => ({
  id: 'cc174bbc-f9f1-413a-8e9f-c5362ff99d24',
  code: '150526-2026-000001',
  status: 'REGISTERED',
  channel: 'WALK_IN',
  categoryCode: 'labor.wage-arrears',
  orgUnitCode: '150526',
  parties: [],
  registeredAt: '2026-12-07T02:00:00Z',
  complexity: 'NORMAL',
  light: 'GREEN',
  ...fields,
});

describe('what a matter waits for', () => {
  it('follows the status until dispatch', () => {
    expect(currentStep(matter({ status: 'REGISTERED' }))).toEqual({ kind: 'awaitTriage' });
    expect(currentStep(matter({ status: 'TRIAGED' }))).toEqual({ kind: 'awaitDispatch' });
  });

  it('names the departments that must sign, the late ones first', () => {
    expect(currentStep(matter({ status: 'DISPATCHED', holders: ['water', 'agriculture'], unsignedPastDue: [] }))).toEqual({
      kind: 'awaitSign',
      departments: ['water', 'agriculture'],
      late: false,
    });
    expect(currentStep(matter({ status: 'DISPATCHED', holders: ['water', 'agriculture'], unsignedPastDue: ['water'] }))).toEqual({
      kind: 'awaitSign',
      departments: ['water'],
      late: true,
    });
  });

  it('names who handles it, and waits for the close once every department is done', () => {
    expect(currentStep(matter({ status: 'IN_HANDLING', holders: ['human-resources'] }))).toEqual({
      kind: 'inHandling',
      departments: ['human-resources'],
    });
    expect(currentStep(matter({ status: 'IN_HANDLING', holders: [] }))).toEqual({ kind: 'awaitClose' });
    expect(currentStep(matter({ status: 'CLOSED' }))).toEqual({ kind: 'awaitFollowUp' });
    expect(currentStep(matter({ status: 'FOLLOWED_UP' }))).toEqual({ kind: 'finished' });
  });
});

describe('the next deadline and its light', () => {
  const now = new Date('2026-12-08T04:00:00Z'); // 12:00 in China

  it('takes the API’s next due and says whether it has passed', () => {
    expect(dueOf(matter({ nextDueAt: '2026-12-08T03:00:00Z' }), now)).toEqual({ at: new Date('2026-12-08T03:00:00Z'), overdue: true });
    expect(dueOf(matter({ nextDueAt: '2026-12-08T10:00:00Z' }), now)?.overdue).toBe(false);
  });

  it('falls back to the end of the closure due day in China while open', () => {
    const due = dueOf(matter({ status: 'IN_HANDLING', closureDueOn: '2026-12-08' }), now);
    expect(due).toEqual({ at: new Date('2026-12-08T15:59:59.999Z'), overdue: false });
    expect(dueOf(matter({ status: 'CLOSED', closureDueOn: '2026-12-01' }), now)).toBeNull();
  });

  it('has none for a finished or withdrawn matter', () => {
    expect(dueOf(matter({ status: 'FOLLOWED_UP', nextDueAt: '2026-12-01T00:00:00Z' }), now)).toBeNull();
    expect(dueOf(matter({ status: 'WITHDRAWN', closureDueOn: '2026-12-01' }), now)).toBeNull();
  });

  it('calls an open matter overdue only after its closure due day ends in China', () => {
    expect(pastClosureDue(matter({ status: 'DISPATCHED', closureDueOn: '2026-12-07' }), now)).toBe(true);
    expect(pastClosureDue(matter({ status: 'DISPATCHED', closureDueOn: '2026-12-08' }), now)).toBe(false);
    expect(pastClosureDue(matter({ status: 'CLOSED', closureDueOn: '2026-12-07' }), now)).toBe(false);
  });
});

describe('filters in the URL', () => {
  it('round-trip through the query', () => {
    const filters = {
      status: ['REGISTERED' as const, 'DISPATCHED' as const],
      categoryCode: 'labor',
      channel: 'WALK_IN' as const,
      department: 'human-resources',
      complexity: 'DIFFICULT' as const,
      overdue: false,
      light: ['RED' as const, 'YELLOW' as const],
      registeredFrom: '2026-12-01',
      registeredTo: '2026-12-07',
      orgUnit: '150526001',
    };
    const query = queryOf(filters);
    expect(query.get('status')).toBe('REGISTERED,DISPATCHED');
    expect(query.get('light')).toBe('RED,YELLOW');
    expect(filtersOf(new URLSearchParams(query.toString()))).toEqual(filters);
  });

  it('drop what the API would refuse', () => {
    expect(filtersOf(new URLSearchParams('status=REGISTERED,LOST&channel=FAX&complexity=HARD&overdue=maybe&registeredFrom=yesterday&light=RED,BLUE,RED'))).toEqual({
      status: ['REGISTERED'],
      light: ['RED'],
    });
    expect(queryOf({}).toString()).toBe('');
  });
});
