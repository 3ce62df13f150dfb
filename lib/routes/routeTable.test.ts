import { describe, expect, it } from 'vitest';
import { appRoutes } from './appRoutes';
import { ROUTE_TABLE } from './routeTable';

describe('the route table', () => {
  it('lists every route of app/ and public/, and nothing else', () => {
    // A route added to app/ answers nothing (the gate knows no such address) until it is listed,
    // with the way to tell whether an address of it exists.
    expect(Object.keys(ROUTE_TABLE).sort()).toEqual(appRoutes());
  });
});
