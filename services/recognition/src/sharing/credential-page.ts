import type { CredentialState } from '../credentials/dto/credential.view';

type Json = Record<string, unknown>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');

/**
 * A credential as a printable page, for people who prefer paper: what it attests, who issued it, its
 * state, and the signed credential itself, which anyone can paste into a verifier.
 */
export function credentialPage(credential: Json, jws: string, state: CredentialState): string {
  const issuer = credential['issuer'] as Json;
  const achievement = (credential['credentialSubject'] as Json)['achievement'] as Json;
  const alignments = (achievement['alignment'] as Json[] | undefined) ?? [];
  const rows = alignments.map((alignment) => `<li>${escape(alignment['targetFramework'])}: <a href="${escape(alignment['targetUrl'])}">${escape(alignment['targetName'])}</a></li>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(achievement['name'])}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#111}pre{white-space:pre-wrap;word-break:break-all;font-size:.7rem;border:1px solid #999;padding:.5rem}@media print{a{color:inherit;text-decoration:none}}</style>
</head>
<body>
<main>
<h1>${escape(achievement['name'])}</h1>
<p>${escape(achievement['description'])}</p>
<dl>
<dt>Issued by</dt><dd>${escape(issuer['name'])} (${escape(issuer['id'])})</dd>
<dt>Code</dt><dd>${escape(achievement['humanCode'])}</dd>
<dt>Valid from</dt><dd>${escape(day(credential['validFrom']))}</dd>
${credential['validUntil'] ? `<dt>Valid until</dt><dd>${escape(day(credential['validUntil']))}</dd>` : ''}
<dt>State</dt><dd>${escape(state)}</dd>
<dt>Criteria</dt><dd>${escape((achievement['criteria'] as Json | undefined)?.['narrative'])}</dd>
</dl>
<h2>Alignments</h2>
<ul>${rows.join('')}</ul>
<h2>Signed credential</h2>
<p>Paste this into the issuer's or any Tandem node's verifier (<code>POST /verifications</code>) to check it.</p>
<pre>${escape(jws)}</pre>
</main>
</body>
</html>
`;
}
