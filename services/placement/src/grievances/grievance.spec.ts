import type { Principal } from '@tandem/platform';
import { assign, dueOnFor, GrievanceForbiddenError, type GrievanceState, GrievanceStateError, isOverdue, resolve } from './grievance';

const admin: Principal = { subject: 'admin-ola', municipality: 'pl-zgorzelec', roles: ['admin'] };
const anna: Principal = { subject: 'caseworker-anna', municipality: 'pl-zgorzelec', roles: ['caseworker'] };
const open: GrievanceState = { status: 'open', assignedTo: null, dueOn: '2026-03-15' };
const withAnna: GrievanceState = { status: 'in-progress', assignedTo: 'caseworker-anna', dueOn: '2026-03-15' };
const resolved: GrievanceState = { ...withAnna, status: 'resolved' };

describe('grievance rules', () => {
  it('falls due 14 days after the day it was filed, counted in UTC', () => {
    expect(dueOnFor(new Date('2026-03-01T08:00:00Z'))).toBe('2026-03-15');
    expect(dueOnFor(new Date('2026-02-20T23:59:59Z'))).toBe('2026-03-06');
    expect(dueOnFor(new Date('2026-12-25T00:00:00Z'))).toBe('2027-01-08');
  });

  it('is overdue only when unresolved after its due day', () => {
    expect(isOverdue(open, '2026-03-15')).toBe(false);
    expect(isOverdue(open, '2026-03-16')).toBe(true);
    expect(isOverdue(withAnna, '2026-03-16')).toBe(true);
    expect(isOverdue(resolved, '2026-04-01')).toBe(false);
  });

  it('puts an open grievance in progress with its assignee, and hands one in progress over', () => {
    expect(assign(open, 'caseworker-anna')).toEqual({ status: 'in-progress', assignedTo: 'caseworker-anna' });
    expect(assign(withAnna, 'caseworker-ben')).toEqual({ status: 'in-progress', assignedTo: 'caseworker-ben' });
  });

  it('assigns no resolved grievance', () => {
    expect(() => assign(resolved, 'caseworker-ben')).toThrow(new GrievanceStateError('the grievance is resolved'));
  });

  it('lets the assignee or an admin resolve, an open grievance too, but no one else', () => {
    expect(resolve(withAnna, anna)).toBe('resolved');
    expect(resolve(withAnna, admin)).toBe('resolved');
    expect(resolve(open, admin)).toBe('resolved');
    expect(() => resolve(open, anna)).toThrow(GrievanceForbiddenError);
    expect(() => resolve(withAnna, { ...anna, subject: 'caseworker-ben' })).toThrow(GrievanceForbiddenError);
  });

  it('resolves a grievance once, for the admin too', () => {
    expect(() => resolve(resolved, anna)).toThrow(GrievanceStateError);
    expect(() => resolve(resolved, admin)).toThrow(new GrievanceStateError('the grievance is resolved'));
  });
});
