import { chromium } from '@playwright/test';
const [url, out, w = '1280', h = '900', action, scrollSel] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url);
if (scrollSel) await p.locator(scrollSel).first().scrollIntoViewIfNeeded();
if (action && action !== '-') { await p.locator(action).first().hover(); await p.waitForTimeout(300); }
await p.screenshot({ path: out });
await b.close();
