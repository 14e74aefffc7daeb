// How long the console's first page takes to load from the gateway, in the machine's Chromium.
//
//   ONEDOOR_E2E_PEOPLE=<people.json> node bench/first-load.mjs [runs]
//     (ONEDOOR_CONSOLE_URL, default http://localhost:8080; ONEDOOR_BENCH_PERSON, default window)
//
// Three loads, each timed from navigation to the page a person sees, over several runs:
//   anonymous  an empty browser opens /console/ and lands on the login page (the console's
//              scripts load, start, and send the browser to sign in);
//   signed in  a signed-in person, cache emptied, opens /console/ and sees their start page
//              (scripts, the silent authorization round trip, the token, the menus);
//   cached     the same with the browser's cache kept (a return visit).
// Each is measured with compression (what browsers ask for) and, as the baseline in the same run,
// with `Accept-Encoding: identity`; the bytes on the wire are the page's resource timings.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const base = process.env.ONEDOOR_CONSOLE_URL ?? 'http://localhost:8080';
const runs = Number(process.argv[2] ?? 7);
const people = JSON.parse(readFileSync(process.env.ONEDOOR_E2E_PEOPLE, 'utf8'));
const who = people[process.env.ONEDOOR_BENCH_PERSON ?? 'window'];

const browser = await chromium.launch({
  executablePath: process.env.ONEDOOR_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** Counts the bytes every finished request of the context received (encoded body and headers). */
function wire(context) {
  const meter = { bytes: 0, pending: [] };
  context.on('requestfinished', (request) => {
    meter.pending.push(
      request.sizes().then((sizes) => {
        meter.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  meter.take = async () => {
    await Promise.all(meter.pending);
    const bytes = meter.bytes;
    meter.bytes = 0;
    meter.pending = [];
    return bytes;
  };
  return meter;
}

async function measure(compressed) {
  const headers = compressed ? {} : { 'Accept-Encoding': 'identity' };
  const result = { anonymous: [], signedIn: [], cached: [], bytes: { anonymous: 0, signedIn: 0 } };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ extraHTTPHeaders: headers, locale: 'zh-CN' });
    const page = await context.newPage();
    const meter = wire(context);
    let start = performance.now();
    await page.goto(`${base}/console/`);
    await page.waitForURL(/\/login/);
    await page.locator('input[name="username"]').waitFor();
    result.anonymous.push(performance.now() - start);
    result.bytes.anonymous = await meter.take();

    await page.locator('input[name="username"]').fill(who.login);
    await page.locator('input[name="password"]').fill(who.password);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('heading', { level: 2 }).waitFor();

    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await meter.take();
    start = performance.now();
    await page.goto(`${base}/console/`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    result.signedIn.push(performance.now() - start);
    result.bytes.signedIn = await meter.take();

    start = performance.now();
    await page.goto(`${base}/console/`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    result.cached.push(performance.now() - start);
    await context.close();
  }
  return result;
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (value) => `${Math.round(value)} ms`.padStart(9);
const kb = (value) => `${(value / 1024).toFixed(0)} kB`.padStart(9);

const compressed = await measure(true);
const identity = await measure(false);
await browser.close();

console.log(`\nConsole first load from ${base}, ${runs} runs each (median / p90), Chromium headless:`);
console.log(`${'load'.padEnd(12)}${'compressed'.padStart(20)}${'on wire'.padStart(10)}${'identity (baseline)'.padStart(24)}${'on wire'.padStart(10)}`);
for (const load of ['anonymous', 'signedIn', 'cached']) {
  const bytes = (r) => (load === 'cached' ? '' : kb(r.bytes[load]));
  console.log(
    `${load.padEnd(12)}${ms(quantile(compressed[load], 0.5))} /${ms(quantile(compressed[load], 0.9))}${bytes(compressed).padStart(10)}` +
      `${ms(quantile(identity[load], 0.5)).padStart(13)} /${ms(quantile(identity[load], 0.9))}${bytes(identity).padStart(10)}`,
  );
}
