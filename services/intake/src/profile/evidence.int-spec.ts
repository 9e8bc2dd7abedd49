import { createHash } from 'node:crypto';
import request from 'supertest';
import { IntakeTestApp } from '../test-support/intake-test-app';
import { MAX_EVIDENCE_BYTES } from './evidence';

const olena = {
  givenName: 'Olena',
  familyName: 'Kovalenko',
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
};

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('EVIDENCE-CANARY certificate body'), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Supertest's parser for binary bodies: the bytes exactly as sent. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('intake prior-learning evidence API', () => {
  let intake: IntakeTestApp;
  let token: string;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
    token = await intake.token();
  });

  afterAll(() => intake.stop());

  const as = (bearer: string) => intake.client(bearer);
  const anna = () => as(token);
  const register = async (): Promise<string> => (await anna().post('/participants').send(olena).expect(201)).body.id;
  const upload = (id: string, file: Buffer, fields: Record<string, string> = { title: 'Welding certificate', kind: 'certificate' }, bearer = token) => {
    const req = as(bearer).post(`/participants/${id}/evidence`).attach('file', file, { filename: 'certificate.pdf', contentType: 'application/pdf' });
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req;
  };
  const rows = async (): Promise<number[]> => {
    const [row] = await intake.dataSource.query(
      `SELECT (SELECT count(*) FROM evidence_documents)::int AS documents, (SELECT count(*) FROM audit_log)::int AS audit`,
    );
    return [row.documents, row.audit];
  };
  const nothingWritten = async (work: () => Promise<unknown>) => {
    const before = await rows();
    await work();
    expect(await rows()).toEqual(before);
  };

  it('stores a document with a server-computed SHA-256 of its bytes and gives the bytes back unchanged', async () => {
    const id = await register();
    const fields = { title: 'Welding certificate', kind: 'certificate', issuer: 'TÜV Rheinland', issuedOn: '2019-06-30' };
    const { body: created } = await upload(id, pdf, fields).expect(201);
    expect(created).toMatchObject({ ...fields, mediaType: 'application/pdf', sizeBytes: pdf.length, sha256: sha256(pdf), uploadedBy: 'caseworker-anna' });

    const listed = await anna().get(`/participants/${id}/evidence`).expect(200);
    expect(listed.body).toEqual([created]);
    expect(JSON.stringify(listed.body)).not.toContain('EVIDENCE-CANARY');

    const content = await anna().get(`/participants/${id}/evidence/${created.id}/content`).buffer(true).parse(binary).expect(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(content.body, pdf)).toBe(0);
    const [row] = await intake.dataSource.query(`SELECT sha256, encode(sha256(content), 'hex') AS actual FROM evidence_documents WHERE id = $1`, [created.id]);
    expect(row).toEqual({ sha256: sha256(pdf), actual: sha256(pdf) });
  });

  it('takes the media type from the bytes, not from what the client declares', async () => {
    const id = await register();
    const { body } = await upload(id, png, { title: 'Portfolio photo', kind: 'portfolio' }).expect(201);
    expect(body.mediaType).toBe('image/png');
    const content = await anna().get(`/participants/${id}/evidence/${body.id}/content`).buffer(true).parse(binary).expect(200);
    expect(content.headers['content-type']).toBe('image/png');
  });

  it('audits each upload, list and download of a participant document', async () => {
    const id = await register();
    const { body } = await upload(id, pdf).expect(201);
    await anna().get(`/participants/${id}/evidence`).expect(200);
    await anna().get(`/participants/${id}/evidence/${body.id}/content`).expect(200);
    const audit = await intake.dataSource.query(
      `SELECT actor, action, purpose FROM audit_log WHERE resource_id = $1 AND action <> 'register' ORDER BY id`,
      [id],
    );
    expect(audit).toEqual(
      ['upload-evidence', 'list-evidence', 'read-evidence-content'].map((action) => ({ actor: 'caseworker-anna', action, purpose: 'case-management' })),
    );
  });

  it('publishes no event for a document, so its bytes never reach the outbox', async () => {
    const id = await register();
    const outbox = async () => (await intake.dataSource.query(`SELECT count(*)::int AS n FROM outbox`))[0].n;
    const before = await outbox();
    await upload(id, pdf).expect(201);
    expect(await outbox()).toBe(before);
    const [leaked] = await intake.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE payload LIKE '%EVIDENCE-CANARY%'`);
    expect(leaked.n).toBe(0);
  });

  describe('refused uploads write nothing', () => {
    let id: string;
    beforeAll(async () => {
      id = await register();
    });

    it('answers 413 for a file over 5 MB', async () => {
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_EVIDENCE_BYTES)]);
      await nothingWritten(() => upload(id, big).expect(413));
    });

    it('accepts a file of exactly 5 MB', async () => {
      const exact = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_EVIDENCE_BYTES - 9)]);
      await upload(id, exact).expect(201);
    });

    it('answers 415 for bytes that are not PDF, PNG or JPEG, whatever the declared type', async () => {
      await nothingWritten(() => upload(id, Buffer.from('<html><script>alert(1)</script></html>')).expect(415));
      await nothingWritten(() => upload(id, Buffer.from('GIF89a........')).expect(415));
    });

    it('answers 400 naming each wrong field, a missing file and unknown fields', async () => {
      await nothingWritten(async () => {
        const { body } = await upload(id, pdf, { title: '', kind: 'selfie', issuedOn: '30.06.2019', colour: 'red' }).expect(400);
        expect(Object.keys(body.fields).sort()).toEqual(['colour', 'issuedOn', 'kind', 'title']);
      });
      await nothingWritten(async () => {
        const { body } = await anna().post(`/participants/${id}/evidence`).field('title', 'x').field('kind', 'other').expect(400);
        expect(Object.keys(body.fields)).toEqual(['file']);
      });
      await nothingWritten(async () => {
        const { body } = await upload(id, pdf, { title: 'x', kind: 'diploma', issuedOn: '2999-01-01' }).expect(400);
        expect(Object.keys(body.fields)).toEqual(['issuedOn']);
      });
    });
  });

  describe('access', () => {
    it("hides a colleague's participant documents (404) and writes nothing", async () => {
      const id = await register();
      const { body } = await upload(id, pdf).expect(201);
      const bernd = await intake.token(['caseworker'], 'caseworker-bernd');
      await nothingWritten(async () => {
        await as(bernd).get(`/participants/${id}/evidence`).expect(404);
        await as(bernd).get(`/participants/${id}/evidence/${body.id}/content`).expect(404);
        await upload(id, pdf, undefined, bernd).expect(404);
      });
      const admin = await intake.token(['admin'], 'admin-clara');
      await as(admin).get(`/participants/${id}/evidence/${body.id}/content`).expect(200);
    });

    it("answers 404 for another participant's document id", async () => {
      const first = await register();
      const second = await register();
      const { body } = await upload(first, pdf).expect(201);
      await anna().get(`/participants/${second}/evidence/${body.id}/content`).expect(404);
      await anna().get(`/participants/${first}/evidence/7c9e6679-7425-40de-944b-e07fc1f90ae7/content`).expect(404);
    });
  });
});
