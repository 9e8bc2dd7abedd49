import { type PDFFont, type PDFPage, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { CredentialView } from '../credentials/dto/credential.view';
import { type CredentialSheet, credentialSheet } from './credential-sheet';
import { PdfFonts } from './pdf-fonts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.07, 0.07, 0.07);
const MUTED = rgb(0.4, 0.4, 0.4);
// Courier is a PDF standard font, so nothing is embedded; it encodes a JWS, which is base64url and dots only.
const JWS_SIZE = 7;
const JWS_CHARS_PER_LINE = Math.floor(WIDTH / (0.6 * JWS_SIZE));

interface Block {
  text: string;
  size: number;
  color?: ReturnType<typeof rgb>;
  before?: number;
  monospace?: boolean;
}

/** The shared credential as a PDF, with the same content as the printable page. */
export async function credentialPdf(view: CredentialView): Promise<Uint8Array> {
  const sheet = credentialSheet(view.credential, view.jws, view.state);
  const doc = await PDFDocument.create();
  doc.setTitle(sheet.title, { showInWindowTitleBar: true });
  doc.setSubject(sheet.description);
  doc.setLanguage('en');
  const blocks = blocksOf(sheet);
  const fonts = await PdfFonts.for(doc, blocks.filter((block) => !block.monospace).map((block) => block.text));
  const writer = new Writer(doc, fonts, await doc.embedFont(StandardFonts.Courier));
  for (const block of blocks) writer.write(block);
  return doc.save();
}

function blocksOf(sheet: CredentialSheet): Block[] {
  return [
    { text: sheet.title, size: 18 },
    { text: sheet.description, size: 11, before: 8 },
    ...sheet.facts.flatMap(({ label, value }): Block[] => [
      { text: label, size: 9, color: MUTED, before: 8 },
      { text: value, size: 11 },
    ]),
    { text: 'Alignments', size: 13, before: 16 },
    ...sheet.alignments.flatMap((alignment): Block[] => [
      { text: `• ${alignment.framework}: ${alignment.name}`, size: 11, before: 4 },
      { text: alignment.url, size: 9, color: MUTED },
    ]),
    { text: 'Signed credential', size: 13, before: 16 },
    { text: "Paste this (line breaks do no harm) into the issuer's or any Tandem node's verifier (POST /verifications) to check it.", size: 11, before: 4 },
    { text: sheet.jws, size: JWS_SIZE, before: 6, monospace: true },
  ];
}

/** Writes top to bottom, wrapping to the page width and starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y = A4[1] - MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
    private readonly mono: PDFFont,
  ) {
    this.page = doc.addPage(A4);
  }

  write(block: Block): void {
    const { size, color = INK } = block;
    this.y -= block.before ?? 0;
    if (block.monospace) {
      for (let start = 0; start < block.text.length; start += JWS_CHARS_PER_LINE) {
        this.advance(size * 1.3);
        this.page.drawText(block.text.slice(start, start + JWS_CHARS_PER_LINE), { x: MARGIN, y: this.y, size, font: this.mono, color });
      }
      return;
    }
    for (const line of this.wrap(block.text, size)) {
      this.advance(size * 1.35);
      let x = MARGIN;
      for (const run of this.fonts.runs(line)) {
        this.page.drawText(run.text, { x, y: this.y, size, font: run.font, color });
        x += run.font.widthOfTextAtSize(run.text, size);
      }
    }
  }

  private advance(height: number): void {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
    this.y -= height;
  }

  /** Greedy by words; a word wider than the page (a URL, a long code) is cut where it overflows. */
  private wrap(text: string, size: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.fonts.width(candidate, size) <= WIDTH) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const character of word) {
        if (line && this.fonts.width(line + character, size) > WIDTH) {
          lines.push(line);
          line = '';
        }
        line += character;
      }
    }
    if (line) lines.push(line);
    return lines;
  }
}
