import { type ServiceTestApp, uniqueName } from '@tandem/devkit';

export const CASEWORKER = { roles: ['caseworker'], subject: 'caseworker-anna' };
export const ADMIN = { roles: ['admin'], subject: 'admin-ola' };
/** Of the node, but not staff: reads employers and vacancies, writes none. */
export const PROVIDER = { roles: ['training_provider'], subject: 'provider-jan' };

export const GOERLITZ_SITE = { municipality: 'de-goerlitz', country: 'DE', address: 'Brückenstraße 12, 02826 Görlitz' };
export const ZGORZELEC_SITE = { municipality: 'pl-zgorzelec', country: 'PL', address: 'ul. Daszyńskiego 1, 59-900 Zgorzelec' };

/** An electrician's business on both sides of the border, under a name no other test uses. */
export function employerBody(overrides: object = {}) {
  return {
    name: uniqueName('Elektro Krause'),
    sectors: ['F', 'C'],
    contact: { name: 'Personalabteilung, Frau Krause', email: 'ausbildung@elektro-krause.de', phone: '+49 3581 123456' },
    crossBorder: true,
    sites: [GOERLITZ_SITE, ZGORZELEC_SITE],
    ...overrides,
  };
}

/** An employer made through the API, with the id of its Görlitz site. */
export async function newEmployer(app: ServiceTestApp, overrides: object = {}): Promise<{ employerId: string; siteId: string }> {
  const created = await (await app.as(CASEWORKER.roles, CASEWORKER.subject)).post('/employers').send(employerBody(overrides)).expect(201);
  return { employerId: created.body.id, siteId: created.body.sites[0].id };
}

/** Suspends (or with `false` reinstates) the employer as an admin. */
export async function suspend(app: ServiceTestApp, employerId: string, suspended = true): Promise<void> {
  const admin = await app.as(ADMIN.roles, ADMIN.subject);
  await (suspended ? admin.post : admin.delete)(`/employers/${employerId}/suspension`).expect(200);
}
