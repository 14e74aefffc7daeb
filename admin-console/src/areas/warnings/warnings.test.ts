import { apiQueryOf, filtersOf, queryOf } from './warnings';

describe('the warnings list’s filters', () => {
  it('list open warnings unless told otherwise, and round-trip through the URL', () => {
    expect(filtersOf(new URLSearchParams(''))).toEqual({ open: 'open' });
    expect(queryOf({ open: 'open' }).toString()).toBe('');
    const filters = { kind: ['UNSIGNED' as const, 'OVERDUE' as const], open: 'resolved' as const, department: 'water' };
    const query = queryOf(filters);
    expect(query.toString()).toBe('kind=UNSIGNED%2COVERDUE&open=false&department=water');
    expect(filtersOf(query)).toEqual(filters);
    expect(filtersOf(queryOf({ open: 'all' }))).toEqual({ open: 'all' });
  });

  it('drop kinds the API does not know', () => {
    expect(filtersOf(new URLSearchParams('kind=LATE,OVERDUE,OVERDUE&open=maybe'))).toEqual({ kind: ['OVERDUE'], open: 'open' });
  });

  it('ask the API for open, resolved or every warning', () => {
    expect(apiQueryOf({ open: 'open' })).toEqual({ open: true });
    expect(apiQueryOf({ open: 'resolved', kind: ['DUE_SOON'] })).toEqual({ open: false, kind: ['DUE_SOON'] });
    expect(apiQueryOf({ open: 'all', department: 'water' })).toEqual({ department: 'water' });
  });
});
