import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	admitDevClient,
	admitInlineStyles,
	devPolicy,
	joinHeadStyles,
	styleHash
} from '../../src/lib/server/csp';
import { figureClass, figureSheet, markButtons } from '../../src/lib/charts/figure-sheet';
import { buttonBox, type StepChart } from '../../src/lib/charts/step-chart';

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const policyOf = (html: string) =>
	/content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('inline styles admitted by hash', () => {
	it('hashes a style as the browser does (sha256 of its text, base64)', () => {
		const css = 'a{color:red}';
		expect(styleHash(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
	});

	it('joins the head’s styles into the first, in order, and leaves the body’s alone', () => {
		const html = `<head><meta x><style>a{}</style><link y><style>b{}</style></head><body><style>c{}</style></body>`;
		expect(joinHeadStyles(html)).toBe(
			`<head><meta x><style>a{}b{}</style><link y></head><body><style>c{}</style></body>`
		);
	});

	it("adds each page style's hash to style-src, once, and touches no other directive", () => {
		const html = `<head>${meta("default-src 'self'; style-src 'self'; script-src 'self'")}<style>a{}</style><style>b{}</style></head><body><style>b{}</style><style>a{}b{}</style></body>`;
		expect(policyOf(admitInlineStyles(html))).toBe(
			`default-src 'self'; style-src 'self' ${styleHash('a{}b{}')} ${styleHash('b{}')}; script-src 'self'`
		);
	});

	it('adds a style-src when the policy has none, and leaves a page without styles alone', () => {
		const html = `${meta("default-src 'self'")}<style>a{}</style>`;
		expect(policyOf(admitInlineStyles(html))).toBe(
			`default-src 'self'; style-src ${styleHash('a{}')}`
		);
		const plain = meta("style-src 'self'");
		expect(admitInlineStyles(plain)).toBe(plain);
	});
});

describe('a chart’s geometry as a stylesheet', () => {
	const mark = (claim: string, x0: number, y: number) => ({
		claim,
		actor: 'a',
		x0,
		x1: x0 + 40,
		y,
		highlighted: true,
		name: claim,
		label: { x: x0 + 46, y: y + 4, anchor: 'start', width: 30, text: 'x' }
	});
	const chart = {
		width: 340,
		height: 200,
		panels: [
			{ key: 'p', rows: [{ key: 'r1', marks: [mark('c1', 10, 40), mark('c2', 100, 40)] }] },
			{ key: 'q', rows: [{ key: 'r2', marks: [mark('c3', 20, 120)] }] }
		]
	} as unknown as StepChart;

	it('gives the canvas its shape and each button the box buttonBox gives, in drawing order', () => {
		const sheet = figureSheet(chart, 'valley-step-2');
		expect(sheet).toContain(`.fig-valley-step-2{--ratio:${340 / 200};aspect-ratio:340 / 200}`);
		expect(markButtons(chart).map((m) => m.claim)).toEqual(['c1', 'c2', 'c3']);
		const box = buttonBox(markButtons(chart)[2]!);
		const pct = (n: number, of: number) => `${Math.round((n / of) * 10000) / 100}%`;
		expect(sheet).toContain(
			`.fig-valley-step-2 .mark-button:nth-child(3){left:${pct(box.x, 340)};top:${pct(box.y, 200)};width:${pct(box.width, 340)};height:${pct(box.height, 200)}}`
		);
		expect(sheet.match(/nth-child/g)).toHaveLength(3);
	});

	it('keeps the class a plain identifier whatever the id', () => {
		expect(figureClass('a b"c')).toBe('fig-a_b_c');
		expect(figureSheet(chart, '"}*{x')).not.toMatch(/["{}*]x/);
	});
});

describe('the development client', () => {
	it("adds Vite's client and lets its restart watcher (a blob: worker) run", () => {
		const html = `<head>${meta("default-src 'self'; script-src 'self' 'sha256-x'")}</head><body></body>`;
		const dev = admitDevClient(html);
		expect(dev).toContain('<script type="module" src="/@vite/client"></script></head>');
		expect(policyOf(dev)).toBe(
			"default-src 'self'; script-src 'self' 'sha256-x'; worker-src 'self' blob:"
		);
		expect(policyOf(admitDevClient(dev))).toBe(policyOf(dev));
		expect(devPolicy("script-src 'self'; worker-src 'none'")).toBe(
			"script-src 'self'; worker-src 'self' blob:"
		);
	});
});
