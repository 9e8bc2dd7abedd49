import type { DevAccount } from './dev-accounts';

export interface LoginPage {
  municipality: string;
  action: string;
  accounts: DevAccount[];
  username?: string;
  failed?: boolean;
}

/** The dev sign-in form: plain HTML, labelled fields, and the node's dev accounts listed to pick from. */
export function renderLoginPage(page: LoginPage): string {
  const error = page.failed
    ? '<p id="error" role="alert" class="error">Unknown user name or wrong password.</p>'
    : '';
  const rows = page.accounts
    .map((account) => `<li><code>${escape(account.username)}</code> ${escape(account.name)} (${account.roles.map(escape).join(', ')})</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in – ${escape(page.municipality)} (development)</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input { display: block; width: 100%; padding: .5rem; margin-top: .25rem; border: 1px solid #555; border-radius: 4px; font-size: 1rem; }
button { margin-top: 1.5rem; padding: .6rem 1.4rem; background: #0b4f8a; color: #fff; border: 0; border-radius: 4px; font-size: 1rem; }
:focus-visible { outline: 3px solid #c45500; outline-offset: 2px; }
.error { color: #a4000f; font-weight: 600; }
.note { margin-top: 2rem; font-size: .9rem; color: #333; }
</style>
</head>
<body>
<main>
<h1>Sign in to ${escape(page.municipality)}</h1>
<p>Development sign-in: never used in production.</p>
${error}
<form method="post" action="${escape(page.action)}">
<label for="username">User name</label>
<input id="username" name="username" autocomplete="username" required autofocus value="${escape(page.username ?? '')}"${page.failed ? ' aria-describedby="error"' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<section class="note" aria-labelledby="accounts">
<h2 id="accounts">Development accounts</h2>
<ul>${rows}</ul>
</section>
</main>
</body>
</html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
