import type { CredentialSheet } from './credential-sheet';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);

/**
 * A credential as a printable page, for people who prefer paper: what it attests, who issued it, its
 * state, and the signed credential itself, which anyone can paste into a verifier.
 */
export function credentialPage(sheet: CredentialSheet): string {
  const facts = sheet.facts.map(({ label, value }) => `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>\n`);
  const rows = sheet.alignments.map((alignment) => `<li>${escape(alignment.framework)}: <a href="${escape(alignment.url)}">${escape(alignment.name)}</a></li>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(sheet.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#111}pre{white-space:pre-wrap;word-break:break-all;font-size:.7rem;border:1px solid #999;padding:.5rem}@media print{a{color:inherit;text-decoration:none}}</style>
</head>
<body>
<main>
<h1>${escape(sheet.title)}</h1>
<p>${escape(sheet.description)}</p>
<dl>
${facts.join('')}</dl>
<h2>Alignments</h2>
<ul>${rows.join('')}</ul>
<h2>Signed credential</h2>
<p>Paste this into the issuer's or any Tandem node's verifier (<code>POST /verifications</code>) to check it.</p>
<pre>${escape(sheet.jws)}</pre>
</main>
</body>
</html>
`;
}
