/**
 * `npm run bench`: timings, which are benchmarks and never tests (README.md, "Budgets").
 *
 *   tsx scripts/bench.ts [--quick] [--vs <built site dir>] [--site <built site dir>] [--keep]
 *
 * 1. Scale: synthetic stories of 1×, 10× and 100× the real one's steps and claims
 *    (scripts/synthetic-story.ts), each built into bench/tmp/build-N; build time, HTML and JS
 *    bytes of /, the first chapter and its embed, and how much the JS grew (it should not).
 * 2. Lighthouse (mobile defaults, headless Chromium) on /, the first chapter and its embed, of
 *    the 1× build (or `--site`): the four category scores, LCP, TBT and CLS, median of 3 runs.
 * 3. Scrolling: the whole of / on a Pixel 7 profile with the CPU throttled 4×, smooth scroll
 *    gestures; long tasks over 50 ms and the 95th percentile frame time.
 * 4. `--vs <dir>`: another built static site measured by the same harness in the same run,
 *    with ratios (this site / the other).
 *
 * `--quick`: 1 Lighthouse run, 1× and 10× only. Writes bench/results.json and bench/results.md
 * (git-ignored); the builds in bench/tmp are deleted at the end unless `--keep`.
 */
import { chromium, devices } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findPages, kb, pageWeight } from './measure';
import { writeSyntheticStory } from './synthetic-story';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const opt = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};

const quick = flag('quick');
const keep = flag('keep');
const vsDir = opt('vs');
const siteOpt = opt('site');
const runs = quick ? 1 : 3;
const factors = quick ? [1, 10] : [1, 10, 100];
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const basePort = Number(opt('port') ?? 4490);
const BUILD_TIMEOUT_MS = 6 * 60_000;
const started = Date.now();

const log = (line: string) =>
	console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// ---------------------------------------------------------------------------------------------
// Serving a built site

interface Served {
	origin: string;
	stop(): void;
}

async function serve(dir: string, port: number): Promise<Served> {
	const child: ChildProcess = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', dir],
		{ stdio: 'ignore', detached: true }
	);
	const origin = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		stop: () => {
			// Its own process group (detached), started here: end exactly that.
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		}
	};
}

/** The three routes measured: /, the first chapter and its embed (those that exist in `dir`). */
function routesOf(dir: string): string[] {
	const routes = findPages(dir).map((p) => p.route);
	const story = JSON.parse(readFileSync(path.join(dir, 'data/story.json'), 'utf8')) as {
		chapters: { slug: string }[];
	};
	const first = story.chapters[0]?.slug;
	return ['/', `/${first}/`, `/embed/${first}/`].filter((r) => routes.includes(r));
}

// ---------------------------------------------------------------------------------------------
// Statistics

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseResult {
	route: string;
	runs: number;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Lowest and highest of the runs: TBT on a busy page can swing by a factor of three
	 * between identical runs, and a median alone hides that. */
	spread: { performance: [number, number]; tbtMs: [number, number] };
}

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

async function lighthouseRoute(origin: string, route: string): Promise<LighthouseResult> {
	const samples: Omit<LighthouseResult, 'route' | 'runs' | 'spread'>[] = [];
	for (let i = 0; i < runs; i++) {
		const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
		try {
			const result = await lighthouse(`${origin}${route}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
			const { categories, audits } = result.lhr;
			const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
			samples.push({
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
				tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
				cls: audits['cumulative-layout-shift']?.numericValue ?? NaN
			});
		} finally {
			chrome.kill();
		}
	}
	const med = (key: keyof (typeof samples)[number]) => median(samples.map((s) => s[key]));
	const range = (key: 'performance' | 'tbtMs'): [number, number] => {
		const values = samples.map((s) => Math.round(s[key]));
		return [Math.min(...values), Math.max(...values)];
	};
	return {
		route,
		runs,
		performance: med('performance'),
		accessibility: med('accessibility'),
		bestPractices: med('bestPractices'),
		seo: med('seo'),
		lcpMs: Math.round(med('lcpMs')),
		tbtMs: Math.round(med('tbtMs')),
		cls: Number(med('cls').toFixed(4)),
		spread: { performance: range('performance'), tbtMs: range('tbtMs') }
	};
}

// ---------------------------------------------------------------------------------------------
// Scrolling

interface ScrollResult {
	route: string;
	device: string;
	cpuThrottling: number;
	scrolledPx: number;
	seconds: number;
	frames: number;
	p95FrameMs: number;
	medianFrameMs: number;
	longTasks: number;
	longTaskTotalMs: number;
	longestTaskMs: number;
}

async function scrollRoute(origin: string, route = '/'): Promise<ScrollResult> {
	const browser = await chromium.launch({
		executablePath: existsSync(chromePath) ? chromePath : undefined,
		args: CHROME_FLAGS.filter((f) => f !== '--headless=new')
	});
	try {
		const context = await browser.newContext({ ...devices['Pixel 7'] });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __bench: { longTasks: number[]; frames: number[] } };
			w.__bench = { longTasks: [], frames: [] };
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(`${origin}${route}`, { waitUntil: 'load' });
		await page.waitForTimeout(500);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		// Only what happens while scrolling counts: reset, then record frames. (A string, because
		// tsx would wrap the named inner function in a helper the page does not have.)
		await page.evaluate(`(() => {
			const b = window.__bench;
			b.longTasks = [];
			b.frames = [];
			b.on = true;
			let last = performance.now();
			const tick = (t) => {
				b.frames.push(t - last);
				last = t;
				if (b.on) requestAnimationFrame(tick);
			};
			requestAnimationFrame((t) => {
				last = t;
				requestAnimationFrame(tick);
			});
		})()`);
		const viewport = page.viewportSize()!;
		const t0 = Date.now();
		for (;;) {
			const { y, max } = await page.evaluate(() => ({
				y: scrollY,
				max: document.documentElement.scrollHeight - innerHeight
			}));
			if (y >= max - 2 || Date.now() - t0 > 240_000) break;
			// Smooth scroll gestures of three screens at 2,400 px/s. (Synthetic touch gestures do
			// not scroll in headless Chromium, which has no touch screen; 'mouse' does.)
			await cdp.send('Input.synthesizeScrollGesture', {
				x: Math.round(viewport.width / 2),
				y: Math.round(viewport.height * 0.7),
				yDistance: -Math.min(viewport.height * 3, max - y + 10),
				speed: 2400,
				gestureSourceType: 'mouse',
				preventFling: true
			});
			if ((await page.evaluate(() => scrollY)) <= y) break; // stalled: report what we have
		}
		const seconds = (Date.now() - t0) / 1000;
		await page.waitForTimeout(300);
		const data = await page.evaluate(() => {
			const w = window as unknown as {
				__bench: { longTasks: number[]; frames: number[]; on: boolean };
			};
			w.__bench.on = false;
			return { ...w.__bench, scrolled: scrollY };
		});
		const frames = data.frames.slice(1);
		return {
			route,
			device: 'Pixel 7',
			cpuThrottling: 4,
			scrolledPx: Math.round(data.scrolled),
			seconds: Number(seconds.toFixed(1)),
			frames: frames.length,
			p95FrameMs: Number(percentile(frames, 95).toFixed(1)),
			medianFrameMs: Number(median(frames).toFixed(1)),
			longTasks: data.longTasks.length,
			longTaskTotalMs: Math.round(data.longTasks.reduce((s, d) => s + d, 0)),
			longestTaskMs: Math.round(Math.max(0, ...data.longTasks))
		};
	} finally {
		await browser.close();
	}
}

// ---------------------------------------------------------------------------------------------
// Scale

interface RouteBytes {
	route: string;
	htmlBytes: number;
	htmlGzip: number;
	jsGzip: number;
	totalGzip: number;
}

interface ScaleResult {
	factor: number;
	steps: number;
	claims: number;
	buildSeconds: number;
	ok: boolean;
	error?: string;
	routes: RouteBytes[];
}

function bytesOf(dir: string): RouteBytes[] {
	return routesOf(dir).map((route) => {
		const w = pageWeight(dir, route);
		return {
			route,
			htmlBytes: w.raw.html,
			htmlGzip: w.html,
			jsGzip: w.js,
			totalGzip: w.total
		};
	});
}

function build(factor: number, storyFile: string, out: string): ScaleResult {
	rmSync(out, { recursive: true, force: true });
	const t0 = Date.now();
	// Through coreutils' timeout, which stops the whole build (npm's own timeout stops npm
	// alone, and a vite left building at full speed skewed every measurement after it).
	const limit = `${BUILD_TIMEOUT_MS / 1000}s`;
	const result = spawnSync(
		'timeout',
		['--kill-after=10s', limit, 'npm', 'run', 'build', '--silent'],
		{
			env: { ...process.env, STORY: storyFile, BUILD_DIR: out, KIT_OUT: '.svelte-kit-bench' },
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024
		}
	);
	const buildSeconds = Number(((Date.now() - t0) / 1000).toFixed(1));
	const story = JSON.parse(readFileSync(storyFile.replace(/\.js$/, '.json'), 'utf8')) as {
		steps: number;
		claims: number;
	};
	if (result.status !== 0 || !existsSync(path.join(out, 'index.html'))) {
		const why =
			result.error?.message ??
			(result.status === 124 ? `timed out after ${limit}` : undefined) ??
			(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ').slice(0, 300);
		return { factor, ...story, buildSeconds, ok: false, error: why, routes: [] };
	}
	return { factor, ...story, buildSeconds, ok: true, routes: bytesOf(out) };
}

// ---------------------------------------------------------------------------------------------
// Report

interface SiteResult {
	dir: string;
	lighthouse: LighthouseResult[];
	scroll?: ScrollResult;
	bytes: RouteBytes[];
}

async function measureSite(dir: string, port: number): Promise<SiteResult> {
	const server = await serve(dir, port);
	try {
		const routes = routesOf(dir);
		const result: SiteResult = { dir, lighthouse: [], bytes: bytesOf(dir) };
		for (const route of routes) {
			log(`Lighthouse ${dir} ${route} (${runs} run${runs > 1 ? 's' : ''})`);
			result.lighthouse.push(await lighthouseRoute(server.origin, route));
		}
		log(`scrolling ${dir} / on a Pixel 7, CPU ×4`);
		result.scroll = await scrollRoute(server.origin, '/');
		return result;
	} finally {
		server.stop();
	}
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');

function markdown(results: {
	date: string;
	quick: boolean;
	elapsedSeconds: number;
	site: SiteResult;
	vs?: SiteResult;
	scale: ScaleResult[];
	jsGrowth: Record<string, number | null>;
}): string {
	const lines: string[] = [];
	const { site, vs } = results;
	lines.push(`# Benchmark, ${results.date}${results.quick ? ' (quick)' : ''}`, '');
	lines.push(
		`Took ${results.elapsedSeconds} s. Site: \`${site.dir}\`${vs ? `; vs \`${vs.dir}\`` : ''}.`
	);
	lines.push('', `## Lighthouse (mobile, median of ${runs})`, '');
	lines.push(
		'| site | route | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | perf, TBT: lowest–highest |'
	);
	lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|');
	const span = ([low, high]: [number, number]) => (low === high ? `${low}` : `${low}–${high}`);
	for (const s of [site, vs].filter((x): x is SiteResult => !!x))
		for (const l of s.lighthouse)
			lines.push(
				`| ${s === site ? 'this' : 'vs'} | \`${l.route}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${l.tbtMs} | ${l.cls} | ${span(l.spread.performance)}; ${span(l.spread.tbtMs)} ms |`
			);
	lines.push('', '## Scrolling / (Pixel 7, CPU ×4, scroll gestures)', '');
	lines.push(
		'| site | scrolled px | s | frames | p95 frame ms | median frame ms | long tasks > 50 ms | total ms | longest ms |'
	);
	lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
	for (const s of [site, vs].filter((x): x is SiteResult => !!x))
		if (s.scroll) {
			const r = s.scroll;
			lines.push(
				`| ${s === site ? 'this' : 'vs'} | ${r.scrolledPx} | ${r.seconds} | ${r.frames} | ${r.p95FrameMs} | ${r.medianFrameMs} | ${r.longTasks} | ${r.longTaskTotalMs} | ${r.longestTaskMs} |`
			);
		}
	lines.push('', '## Bytes per route (gzip unless raw)', '');
	lines.push('| site | route | HTML raw | HTML | JS | total |');
	lines.push('|---|---|--:|--:|--:|--:|');
	for (const s of [site, vs].filter((x): x is SiteResult => !!x))
		for (const b of s.bytes)
			lines.push(
				`| ${s === site ? 'this' : 'vs'} | \`${b.route}\` | ${kb(b.htmlBytes)} | ${kb(b.htmlGzip)} | ${kb(b.jsGzip)} | ${kb(b.totalGzip)} |`
			);
	if (vs) {
		lines.push('', '## This site / vs', '');
		lines.push('| route | LCP | TBT | JS | HTML | total |');
		lines.push('|---|--:|--:|--:|--:|--:|');
		for (const l of site.lighthouse) {
			const o = vs.lighthouse.find((x) => x.route === l.route);
			const b = site.bytes.find((x) => x.route === l.route);
			const ob = vs.bytes.find((x) => x.route === l.route);
			if (!o || !b || !ob) continue;
			lines.push(
				`| \`${l.route}\` | ${ratio(l.lcpMs, o.lcpMs)} | ${ratio(l.tbtMs, o.tbtMs)} | ${ratio(b.jsGzip, ob.jsGzip)} | ${ratio(b.htmlGzip, ob.htmlGzip)} | ${ratio(b.totalGzip, ob.totalGzip)} |`
			);
		}
		if (site.scroll && vs.scroll)
			lines.push(
				'',
				`Scrolling: p95 frame ${ratio(site.scroll.p95FrameMs, vs.scroll.p95FrameMs)}×, long tasks ${site.scroll.longTasks} vs ${vs.scroll.longTasks}.`
			);
	}
	lines.push('', '## Scale (synthetic stories)', '');
	lines.push('| × | steps | claims | build s | route | HTML raw | HTML gz | JS gz |');
	lines.push('|--:|--:|--:|--:|---|--:|--:|--:|');
	for (const s of results.scale) {
		if (!s.ok) {
			lines.push(
				`| ${s.factor} | ${s.steps} | ${s.claims} | ${s.buildSeconds} | failed: ${s.error} | | | |`
			);
			continue;
		}
		for (const b of s.routes)
			lines.push(
				`| ${s.factor} | ${s.steps} | ${s.claims} | ${s.buildSeconds} | \`${b.route}\` | ${kb(b.htmlBytes)} | ${kb(b.htmlGzip)} | ${kb(b.jsGzip)} |`
			);
	}
	const top = Math.max(...results.scale.filter((s) => s.ok).map((s) => s.factor));
	lines.push('', `JS at ${top}× / JS at 1× (should be 1.00):`);
	for (const [route, g] of Object.entries(results.jsGrowth))
		lines.push(`- \`${route}\`: ${g === null ? '–' : g.toFixed(2)}`);
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

async function main() {
	mkdirSync('bench/tmp', { recursive: true });
	// Builds with their own KIT_OUT still read the tsconfig kit writes to .svelte-kit/.
	if (!existsSync('.svelte-kit/tsconfig.json'))
		spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });

	const scale: ScaleResult[] = [];
	for (const factor of factors) {
		const storyFile = await writeSyntheticStory(factor);
		const story = (await import(`${storyFile}?t=${Date.now()}`)) as {
			default: {
				opening: { steps: unknown[] };
				chapters: { steps: unknown[] }[];
				closing: { steps: unknown[] };
				claims: unknown[];
			};
		};
		const s = story.default;
		const steps = [s.opening, ...s.chapters, s.closing].reduce((n, c) => n + c.steps.length, 0);
		writeFileSync(
			storyFile.replace(/\.js$/, '.json'),
			JSON.stringify({ steps, claims: s.claims.length })
		);
		log(`building ${factor}× (${steps} steps, ${s.claims.length} claims)`);
		const result = build(factor, storyFile, `bench/tmp/build-${factor}`);
		log(
			result.ok
				? `built ${factor}× in ${result.buildSeconds} s: ` +
						result.routes
							.map((r) => `${r.route} JS ${kb(r.jsGzip)} HTML ${kb(r.htmlBytes)} raw`)
							.join('; ')
				: `${factor}× failed after ${result.buildSeconds} s: ${result.error}`
		);
		scale.push(result);
	}
	const one = scale.find((s) => s.factor === 1 && s.ok);
	const topScale = [...scale].reverse().find((s) => s.ok && s.factor > 1);
	const jsGrowth: Record<string, number | null> = {};
	for (const r of one?.routes ?? []) {
		const big = topScale?.routes.find((x) => x.route === r.route);
		jsGrowth[r.route] = big ? big.jsGzip / r.jsGzip : null;
	}

	const siteDir = siteOpt ?? 'bench/tmp/build-1';
	if (!existsSync(path.join(siteDir, 'index.html')))
		throw new Error(`${siteDir} has no index.html`);
	const site = await measureSite(siteDir, basePort);
	const vs = vsDir ? await measureSite(vsDir, basePort + 1) : undefined;

	const results = {
		date: new Date().toISOString(),
		quick,
		elapsedSeconds: Math.round((Date.now() - started) / 1000),
		site,
		vs,
		scale,
		jsGrowth
	};
	writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
	const md = markdown(results);
	writeFileSync('bench/results.md', md);
	console.log('\n' + md);
	if (!keep) {
		for (const f of factors) rmSync(`bench/tmp/build-${f}`, { recursive: true, force: true });
		rmSync('.svelte-kit-bench', { recursive: true, force: true });
	}
}

await main();
