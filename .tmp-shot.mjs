import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const [base, ...paths] = process.argv.slice(2);
for (const [i, p] of paths.entries()) {
  for (const [w, h, tag] of [[1280, 900, 'd'], [375, 800, 'm']]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(base + p);
    await page.screenshot({ path: `/tmp/shots/${i}-${tag}.png`, fullPage: false });
    await page.close();
  }
}
await browser.close();
