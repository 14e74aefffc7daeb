// After `vite build`: writes a gzip and a brotli copy of every text asset beside it (the gateway
// serves the copy the browser accepts) and prints what each area of the console costs to load.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const TEXT = /\.(js|css|html|svg|json|txt)$/;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else out.push(full);
  }
  return out;
}

const rows = [];
for (const file of await files(dist)) {
  if (!TEXT.test(file)) continue;
  const raw = await readFile(file);
  const gz = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  await writeFile(`${file}.gz`, gz);
  await writeFile(`${file}.br`, br);
  rows.push({ name: path.relative(dist, file), raw: raw.length, gz: gz.length, br: br.length });
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
const group = (name) => {
  const area = /area-([a-z-]+)-/.exec(name);
  if (area) return `area ${area[1]}`;
  if (/^index\.html$/.test(name)) return 'page';
  return 'shared (every page)';
};
const totals = new Map();
for (const row of rows) {
  const key = group(row.name);
  const total = totals.get(key) ?? { raw: 0, gz: 0, br: 0 };
  total.raw += row.raw;
  total.gz += row.gz;
  total.br += row.br;
  totals.set(key, total);
}
console.log('\nConsole bundle per area (what a browser downloads on top of the shared part):');
console.log(`${'part'.padEnd(26)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const [key, total] of [...totals.entries()].sort()) {
  console.log(`${key.padEnd(26)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
}
const info = await stat(dist);
if (!info.isDirectory()) process.exit(1);
