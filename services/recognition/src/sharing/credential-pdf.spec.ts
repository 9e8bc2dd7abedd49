import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { CredentialView } from '../credentials/dto/credential.view';
import { credentialPdf } from './credential-pdf';

const NAME = 'Spawanie łukowe (żółw ą) — Зварювання ґ — لحام أساسي';

function viewOf(name: string, jws: string): CredentialView {
  const credential = {
    issuer: { id: 'https://pl-zgorzelec.tandem.test', name: 'Zgorzelec' },
    validFrom: '2026-12-04T10:00:00.000Z',
    validUntil: '2031-12-04T10:00:00.000Z',
    credentialSubject: {
      achievement: {
        name,
        description: 'Schweißen nach DIN EN ISO 9606-1, Grundlagen. '.repeat(20),
        humanCode: 'MAG-101',
        criteria: { narrative: 'Прошёл модуль и практическую оценку.' },
        alignment: [{ targetFramework: 'ESCO', targetName: 'spawacz / зварник', targetUrl: `http://data.europa.eu/esco/occupation/${'x'.repeat(200)}` }],
      },
    },
  };
  return Object.assign(new CredentialView(), { state: 'suspended', jws, credential });
}

function fontNamesOf(doc: PDFDocument): string[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((descriptor) => String(descriptor.get(PDFName.of('FontName'))));
}

describe('a shared credential as a PDF', () => {
  const jws = `eyJhbGciOiJFZERTQSJ9.${'QUJD'.repeat(4000)}.${'c2ln'.repeat(20)}`;

  it('renders Polish, Ukrainian and Arabic names with fonts that have their glyphs, titled with the achievement name', async () => {
    const bytes = await credentialPdf(viewOf(NAME, jws));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getTitle()).toBe(NAME);
    const fonts = fontNamesOf(doc);
    // Latin, Latin Extended (Polish) and Cyrillic subsets of Noto Sans, and Noto Sans Arabic: nothing fell back to '?'.
    expect(fonts.filter((font) => font.includes('NotoSans-Regular')).length).toBeGreaterThanOrEqual(3);
    expect(fonts.filter((font) => font.includes('NotoSansArabic-Regular'))).toHaveLength(1);
  });

  it('adds pages when the signed credential does not fit on one', async () => {
    const short = await PDFDocument.load(await credentialPdf(viewOf('MAG welding basics', 'a.b.c')));
    const long = await PDFDocument.load(await credentialPdf(viewOf('MAG welding basics', jws)));
    expect(short.getPageCount()).toBe(1);
    expect(long.getPageCount()).toBeGreaterThan(1);
  });
});
