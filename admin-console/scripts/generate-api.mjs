// Generates the console's API types from the contract (openapi/specs) before every build, test
// and dev start: src/api/generated/ is never committed, so a spec change that breaks the console
// breaks its type check. Also writes, per operation, who may call it (x-onedoor-access), which
// the console reads to decide what menus and buttons to show.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const specs = path.resolve(here, '../../openapi/specs');
const out = path.resolve(here, '../src/api/generated');

// The internal API is reachable only inside the cluster; problem.yaml is referenced by the others.
const PUBLIC_SPECS = ['tenants', 'identity', 'configuration', 'cases'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const access = {};
for (const name of PUBLIC_SPECS) {
  const file = path.join(specs, `${name}.yaml`);
  const ast = await openapiTS(new URL(`file://${file}`), { alphabetize: true });
  await writeFile(
    path.join(out, `${name}.ts`),
    `// Generated from openapi/specs/${name}.yaml by scripts/generate-api.mjs. Do not edit.\n` + astToString(ast),
  );
  const document = parse(await readFile(file, 'utf8'));
  for (const [route, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId || !operation['x-onedoor-access']) {
        throw new Error(`${name}.yaml ${method.toUpperCase()} ${route}: no operationId or x-onedoor-access`);
      }
      access[operation.operationId] = {
        method: method.toUpperCase(),
        path: route,
        rules: operation['x-onedoor-access'].map((rule) => ({
          roles: rule.roles ?? [],
          scopes: rule.scopes ?? [],
          tenant: rule.tenant ?? null,
          province: rule.province ?? null,
        })),
      };
    }
  }
}
const known = (await readdir(specs)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
for (const name of PUBLIC_SPECS) {
  if (!known.includes(name)) throw new Error(`openapi/specs/${name}.yaml is gone`);
}
await writeFile(
  path.join(out, 'access.ts'),
  `// Generated from x-onedoor-access in openapi/specs by scripts/generate-api.mjs. Do not edit.\n` +
    `import type { OperationAccess } from '../access-types';\n\n` +
    `export const operations = ${JSON.stringify(access, null, 2)} as const satisfies Record<string, OperationAccess>;\n\n` +
    `export type OperationId = keyof typeof operations;\n`,
);
console.log(`API types and access rules of ${Object.keys(access).length} operations written to src/api/generated/`);
