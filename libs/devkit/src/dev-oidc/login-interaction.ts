import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { DevRealm } from './dev-oidc-config';
import { renderLoginPage } from './login-page';

const MAX_FORM_BYTES = 4096;

/**
 * The realm's sign-in step: GET shows the form, POST checks the account against the dev accounts
 * and hands the result back to oidc-provider, which continues the authorization request.
 */
export async function handleLogin(provider: Provider, realm: DevRealm, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // Fails unless the request belongs to a pending sign-in of this realm.
  await provider.interactionDetails(request, response);
  const page = { municipality: realm.municipality, action: request.url ?? '', accounts: realm.accounts };
  if (request.method === 'GET') return sendHtml(response, 200, renderLoginPage(page));
  if (request.method !== 'POST') return sendHtml(response, 405, 'Method not allowed');

  const form = new URLSearchParams(await readBody(request));
  const username = form.get('username') ?? '';
  const account = realm.accounts.find((candidate) => candidate.username === username);
  if (!account || form.get('password') !== realm.password) {
    return sendHtml(response, 401, renderLoginPage({ ...page, username, failed: true }));
  }
  await provider.interactionFinished(request, response, { login: { accountId: account.username } }, { mergeWithLastSubmission: false });
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error('sign-in form too large');
  }
  return body;
}
