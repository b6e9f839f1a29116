/**
 * The page and its script share attribute names only through src/lib/contract.ts: the script
 * names no data-* attribute the contract does not declare, and writes none as a string of its
 * own, every name the contract declares is written by some component, and no component writes
 * one as a literal of its own (its markup takes the contract's constants and helpers; only its
 * styles, which cannot import, spell the names out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contract from '../../src/lib/contract';

const files = (dir: string, ext: RegExp): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? files(path.join(dir, e.name), ext)
			: ext.test(e.name)
				? [path.join(dir, e.name)]
				: []
	);

/** Every data-* name the contract declares, with where: `FIGURE.attr` → `data-figure`. */
const declared = new Map<string, string>();
for (const [name, value] of Object.entries(contract))
	if (value && typeof value === 'object')
		for (const [key, v] of Object.entries(value))
			if (typeof v === 'string' && v.startsWith('data-')) declared.set(`${name}.${key}`, v);
const names = new Set(declared.values());

const reader = [...files('src/lib/reader', /\.ts$/), ...files('src/lib/embed', /entry\.ts$/)].map(
	(file) => ({
		file,
		text: readFileSync(file, 'utf8')
	})
);
/** The components, with their markup and script (not their styles, which cannot import). */
const components = files('src', /\.svelte$/).map((file) => ({
	file,
	text: readFileSync(file, 'utf8')
}));
const markupOf = (svelte: string) =>
	svelte.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The data-* names a source mentions: written out, or through `dataset`. */
function mentioned(text: string): string[] {
	return [
		...[...text.matchAll(/\bdata-[a-z][a-z0-9-]*/g)].map((m) => m[0]),
		...[...text.matchAll(/\.dataset\.([a-zA-Z]+)/g)].map((m) => `data-${kebab(m[1]!)}`),
		...[...text.matchAll(/\.dataset\[['"`]([a-zA-Z]+)/g)].map((m) => `data-${kebab(m[1]!)}`)
	];
}

describe('the contract between the page and its script', () => {
	it('finds the reader’s sources and the contract’s names', () => {
		expect(reader.length).toBeGreaterThan(5);
		for (const name of ['data-step', 'data-figure', 'data-map-state', 'data-copy', 'data-chart'])
			expect(names).toContain(name);
	});

	it('declares every data-* attribute the reader names', () => {
		const unknown = reader.flatMap(({ file, text }) =>
			mentioned(text)
				.filter((n) => !names.has(n))
				.map((n) => `${file}: ${n}`)
		);
		expect(unknown).toEqual([]);
	});

	it('is the only place the reader gets a data-* name or a class from', () => {
		const literal = reader.flatMap(({ file, text }) => [
			...mentioned(text).map((n) => `${file}: ${n}`),
			...[...text.matchAll(/classList\.(?:add|remove|toggle|contains)\(\s*['"`]([^'"`]+)/g)].map(
				(m) => `${file}: class ${m[1]}`
			)
		]);
		expect(literal).toEqual([]);
	});

	it('catches a name the contract does not declare (the check itself)', () => {
		expect(mentioned("all(root, '[data-nonsense]'); el.dataset.shareTitle")).toEqual([
			'data-nonsense',
			'data-share-title'
		]);
	});

	it('declares no name that nothing on the page writes or styles', () => {
		const sources = files('src', /\.(svelte|ts)$/)
			.filter((f) => !f.includes(`${path.sep}reader${path.sep}`) && !f.endsWith('contract.ts'))
			.map((f) => readFileSync(f, 'utf8'));
		// Written by a helper of the contract's own (`stepAttributes`, `markAttributes`) that a
		// component calls.
		const own = readFileSync('src/lib/contract.ts', 'utf8');
		const called = [...own.matchAll(/^export function (\w+)\([\s\S]*?^\}/gm)]
			.filter((m) => sources.some((text) => new RegExp(`\\b${m[1]}\\(`).test(text)))
			.map((m) => m[0]);
		const helped = (where: string) =>
			called.some((body) => new RegExp(`\\b${where.replace('.', '\\.')}\\b`).test(body));
		const unwritten = [...declared].filter(([where, value]) => {
			const [object, key] = where.split('.') as [string, string];
			if (helped(where)) return false;
			return !sources.some((text) => {
				// Written in markup, or (for state only the script sets) read by a style rule.
				if (new RegExp(`${value}(=|\\s|>|\\}|\\])`).test(text)) return true;
				const aliases = [
					object,
					...[...text.matchAll(new RegExp(`\\b${object} as (\\w+)`, 'g'))].map((m) => m[1]!)
				];
				return aliases.some((a) => new RegExp(`\\b${a}\\.${key}\\b`).test(text));
			});
		});
		expect(unwritten.map(([where, value]) => `${where} (${value})`)).toEqual([]);
	});

	it('is where every component gets the names it shares with the script and the tests', () => {
		const literal = components.flatMap(({ file, text }) =>
			[...new Set(mentioned(markupOf(text)))]
				.filter((n) => names.has(n))
				.map((n) => `${file}: ${n}`)
		);
		expect(literal).toEqual([]);
	});

	it('catches a component that writes a shared name itself (the check itself)', () => {
		const text = `<div data-step={id} {...{ [STEP.active]: 'false' }}></div>
<!-- data-claim in a comment --><style>.x[data-highlighted='true'] {}</style>`;
		expect(mentioned(markupOf(text))).toEqual(['data-step']);
	});
});
