import 'reflect-metadata';
import { routeRoles } from '@tandem/platform';
import { AgreementsController } from './agreements/agreements.controller';

describe('who reads recognition agreements', () => {
  it.each([AgreementsController])('lets no integrator token call any route of %p, while caseworkers read', (controller) => {
    const roles = routeRoles(controller);
    expect(Object.entries(roles).filter(([, allowed]) => allowed.includes('integrator'))).toEqual([]);
    expect(Object.values(roles).some((allowed) => allowed.includes('caseworker'))).toBe(true);
  });
});
