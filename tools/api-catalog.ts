/**
 * `npm run docs:api`: rewrites docs/asyncapi.yaml and docs/openapi/<service>.json from the code.
 * With `--print` it writes nothing and prints them as one JSON object by path instead, which is how
 * test/api-catalog.spec.ts finds a stale one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { transformSync } from '@swc/core';

type Loader = (module: { _compile(code: string, filename: string): void }, filename: string) => void;

/**
 * tsx compiles with esbuild, which emits no decorator metadata; Nest's injector and Swagger's DTO
 * scanner need it. TypeScript loaded from here on is compiled with the repository's .swcrc instead
 * (tsx still resolves the @tandem/* paths).
 */
function compileWithDecoratorMetadata(): void {
  const swcrc = JSON.parse(readFileSync(join(__dirname, '..', '.swcrc'), 'utf8')) as Record<string, unknown>;
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  extensions['.ts'] = (module, filename) => {
    const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, filename });
    module._compile(code, filename);
  };
}

async function main(): Promise<void> {
  compileWithDecoratorMetadata();
  // Required only now, so that everything it loads is compiled by the hook above.
  const { apiDocuments, REPO_ROOT } = require('./api-documents') as typeof import('./api-documents');
  const documents = await apiDocuments();
  if (process.argv.includes('--print')) {
    process.stdout.write(JSON.stringify(Object.fromEntries(documents)));
    return;
  }
  for (const [path, content] of documents) {
    mkdirSync(dirname(join(REPO_ROOT, path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, path), content);
    console.log(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
