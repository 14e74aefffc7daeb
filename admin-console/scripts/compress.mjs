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
// What the first page loads: index.html and the scripts and styles it names.
const page = await readFile(path.join(dist, 'index.html'), 'utf8');
const firstPage = new Set([...page.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
const group = (name) => {
  const area = /^assets\/area-([a-z-]+)-[\w-]+\.js$/.exec(name);
  if (area) return `area ${area[1]}`;
  if (name === 'index.html' || firstPage.has(name)) return 'first page (every area)';
  const chunk = /^assets\/(.+)-[\w-]{8}\.(js|css)$/.exec(name);
  return `on demand: ${chunk ? chunk[1] : name}`;
};
const order = (key) => (key.startsWith('first') ? 0 : key.startsWith('area') ? 1 : 2);
const totals = new Map();
for (const row of rows) {
  const key = group(row.name);
  const total = totals.get(key) ?? { raw: 0, gz: 0, br: 0 };
  total.raw += row.raw;
  total.gz += row.gz;
  total.br += row.br;
  totals.set(key, total);
}
console.log('\nConsole bundle: the first page, each area (loaded when opened), and what areas load on demand:');
console.log(`${'part'.padEnd(30)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const [key, total] of [...totals.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))) {
  console.log(`${key.padEnd(30)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
}
const info = await stat(dist);
if (!info.isDirectory()) process.exit(1);
