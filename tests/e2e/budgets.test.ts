/**
 * Byte budgets (README.md, "Budgets"), measured from the built files: what each page loads on
 * first view — its HTML, the scripts it references or preloads and everything they import
 * statically, its stylesheets, icon, SVG and fonts — gzipped at level 9. Deterministic: it reads
 * `build/` (or `$BUILD_DIR`) and runs once, in the desktop project. The figures are printed
 * whether or not a budget is exceeded.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import {
	describeWeight,
	findPages,
	firstViewFonts,
	kb,
	pageWeight,
	type PageWeight
} from '../../scripts/measure';

const dir = process.env.BUILD_DIR ?? 'build';
const KB = 1024;
const BUDGET = { homeJs: 12 * KB, embedJs: 12 * KB, homeTotal: 250 * KB, firstFonts: 60 * KB };

test.beforeEach(() => {
	test.skip(test.info().project.name !== 'desktop', 'byte budgets are measured once');
});

/** Prints the figures and the largest files, so a failure says where the bytes went. */
function report(w: PageWeight, budget: string) {
	const largest = [...w.files]
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, 6)
		.map((f) => `    ${kb(f.gzip).padStart(9)}  ${f.url}`)
		.join('\n');
	const text = `${describeWeight(w)}\n  budget: ${budget}\n  largest files (gzip):\n${largest}`;
	console.log(text);
	test.info().annotations.push({ type: 'bytes', description: text });
}

test(`JS loaded by / is within ${kb(BUDGET.homeJs)} gzip`, () => {
	const w = pageWeight(dir, '/');
	report(w, `JS ≤ ${kb(BUDGET.homeJs)}`);
	expect(w.js, `JS of / is ${kb(w.js)}`).toBeLessThanOrEqual(BUDGET.homeJs);
});

test(`the whole of / transfers within ${kb(BUDGET.homeTotal)} gzip`, () => {
	const w = pageWeight(dir, '/');
	report(w, `HTML + CSS + JS + SVG + fonts ≤ ${kb(BUDGET.homeTotal)}`);
	expect(w.total, `/ transfers ${kb(w.total)}`).toBeLessThanOrEqual(BUDGET.homeTotal);
});

test(`the fonts of the first view of / are within ${kb(BUDGET.firstFonts)} gzip, and all of them are counted`, () => {
	const w = pageWeight(dir, '/');
	const first = firstViewFonts(dir, '/');
	const fonts = w.files.filter((f) => f.kind === 'font');
	const sum = first.reduce((s, f) => s + f.gzip, 0);
	const text =
		`first-view fonts (preloaded): ${kb(sum)} in ${first.length} file(s); ` +
		`all fonts / can load: ${kb(w.font)} in ${fonts.length} file(s)\n` +
		fonts.map((f) => `    ${kb(f.gzip).padStart(9)}  ${f.url}`).join('\n');
	console.log(text);
	test.info().annotations.push({ type: 'bytes', description: text });
	expect(fonts.length, '/ has web fonts (its @font-face files are counted)').toBeGreaterThan(0);
	// The display face and the prose face: every first screen has both.
	expect(first.length, '/ preloads the faces its first screen needs').toBe(2);
	expect(sum, `first-view fonts of / are ${kb(sum)}`).toBeLessThanOrEqual(BUDGET.firstFonts);
	expect(w.total, `/ with all its fonts transfers ${kb(w.total)}`).toBeLessThanOrEqual(
		BUDGET.homeTotal
	);
});

test(`JS loaded by each /embed/<slug>/ is within ${kb(BUDGET.embedJs)} gzip`, () => {
	const embeds = findPages(dir).filter((p) => p.route.startsWith('/embed/'));
	expect(embeds.length, 'the build has embed pages').toBeGreaterThan(0);
	const over: string[] = [];
	for (const { route } of embeds) {
		const w = pageWeight(dir, route);
		report(w, `JS ≤ ${kb(BUDGET.embedJs)}`);
		if (w.js > BUDGET.embedJs) over.push(`${route}: ${kb(w.js)}`);
	}
	expect(over, `embeds over ${kb(BUDGET.embedJs)} of JS`).toEqual([]);
});

test('every other page is measured too (figures only)', () => {
	const lines = findPages(dir)
		.filter((p) => p.route !== '/' && !p.route.startsWith('/embed/'))
		.map((p) => describeWeight(pageWeight(dir, p.route)));
	console.log(lines.join('\n'));
	expect(lines.length).toBeGreaterThan(0);
});

test('the build serves no client data that nothing reads (__data.json)', () => {
	const files = readdirSync(dir, { recursive: true }) as string[];
	// Nor their precompressed copies.
	expect(files.filter((f) => /__data\.json(\.br|\.gz)?$/.test(f))).toEqual([]);
	// It is the build that removes them: the pages are still there.
	expect(files).toContain('index.html');
});
