import { readFile } from 'node:fs/promises';
import * as fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// Noto Sans comes split per script; a character is drawn with the first file that has it. WOFF, because
// fontkit reads it and pdf-lib re-encodes the subset it embeds as TrueType, which every PDF reader takes.
const FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
];
const MISSING = '?';

interface Face {
  bytes: Uint8Array;
  glyphs: fontkit.Font;
}

let loading: Promise<Face[]> | undefined;

/** Read once per process, on the first PDF; require.resolve finds node_modules from the sources and from dist alike. */
function faces(): Promise<Face[]> {
  loading ??= Promise.all(
    FILES.map(async (file) => {
      const bytes = await readFile(require.resolve(file));
      return { bytes, glyphs: fontkit.create(bytes) };
    }),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface Run {
  font: PDFFont;
  text: string;
}

/**
 * The fonts of one document: only the faces its text needs are embedded, as subsets. fontkit joins Arabic
 * letters and draws each Arabic run right to left, but there is no bidi reordering across runs or lines.
 */
export class PdfFonts {
  private constructor(
    private readonly all: Face[],
    private readonly embedded: Map<number, PDFFont>,
  ) {}

  static async for(doc: PDFDocument, texts: string[]): Promise<PdfFonts> {
    const all = await faces();
    doc.registerFontkit(fontkit);
    const used = new Set(texts.flatMap((text) => splitRuns(text, all).map((run) => run.face)));
    const embedded = new Map<number, PDFFont>();
    for (const face of used) embedded.set(face, await doc.embedFont((all[face] as Face).bytes, { subset: true }));
    return new PdfFonts(all, embedded);
  }

  runs(text: string): Run[] {
    return splitRuns(text, this.all).map((run) => ({ font: this.embedded.get(run.face) as PDFFont, text: run.text }));
  }

  width(text: string, size: number): number {
    return this.runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }
}

/** Stays with the current face while it has the glyph, so spaces and digits do not split a run. */
function splitRuns(text: string, all: Face[]): Array<{ face: number; text: string }> {
  const runs: Array<{ face: number; text: string }> = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) as number;
    const last = runs.at(-1);
    if (last && all[last.face]?.glyphs.hasGlyphForCodePoint(codePoint)) {
      last.text += character;
      continue;
    }
    const face = all.findIndex((candidate) => candidate.glyphs.hasGlyphForCodePoint(codePoint));
    if (face >= 0) runs.push({ face, text: character });
    else if (last?.face === 0) last.text += MISSING;
    else runs.push({ face: 0, text: MISSING });
  }
  return runs;
}
