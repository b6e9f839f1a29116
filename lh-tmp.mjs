// temporary A/B helper (not committed)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2];
const out = [];
for (let i = 0; i < Number(process.argv[3] ?? 1); i++) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r.lhr.audits;
    out.push(`perf ${Math.round(r.lhr.categories.performance.score * 100)} LCP ${Math.round(a['largest-contentful-paint'].numericValue)} TBT ${Math.round(a['total-blocking-time'].numericValue)}`);
  } finally { chrome.kill(); }
}
console.log(url, out.join(' | '));
