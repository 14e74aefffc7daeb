import { apiQueryOf, filtersOf, itemsLink, queryOf } from './filters';

describe('the supervision items’ filters', () => {
  it('list open items unless told otherwise, and round-trip through the URL', () => {
    expect(filtersOf(new URLSearchParams(''))).toEqual({ status: 'OPEN' });
    const filters = { status: 'ALL' as const, light: ['RED' as const], responsibleUnit: 'housing' };
    expect(queryOf(filters).toString()).toBe('status=ALL&light=RED&responsibleUnit=housing');
    expect(filtersOf(queryOf(filters))).toEqual(filters);
  });

  it('drop what the API would refuse', () => {
    expect(filtersOf(new URLSearchParams('status=PAUSED&light=RED,PURPLE'))).toEqual({ status: 'OPEN', light: ['RED'] });
  });

  it('ask the API for a status unless every item is wanted', () => {
    expect(apiQueryOf({ status: 'OPEN', light: ['RED', 'YELLOW'] })).toEqual({ status: 'OPEN', light: ['RED', 'YELLOW'] });
    expect(apiQueryOf({ status: 'ALL', responsibleUnit: 'center' })).toEqual({ responsibleUnit: 'center' });
  });

  it('link the board’s figures to the open items they count', () => {
    expect(itemsLink({})).toBe('/console/supervision/items');
    expect(itemsLink({ light: ['RED'], responsibleUnit: 'water' })).toBe('/console/supervision/items?light=RED&responsibleUnit=water');
  });
});
