import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, hasTable, localeOf, TABLES } from '../../src/lib/locale';
import { formatFigure, describeClaim } from '../../src/lib/story/figures';
import { formatStoryDate } from '../../src/lib/story/dates';
import { gapWords, figureWords } from '../../src/lib/charts/step-chart';
import { roughKm } from '../../src/lib/map/place-lines';
import { validateStory } from '../../src/lib/story';
import type { Claim } from '../../src/lib/story';
import mini from '../fixtures/mini-story';

const fr = localeOf('fr');

const claim = (over: Partial<Claim>): Claim =>
	({
		id: 'c',
		chapter: 'x',
		actor: 'a',
		measure: 'killed',
		scope: 's',
		low: 36,
		high: 36,
		unit: 'people',
		claimant: 'k',
		date: '2015-05-13',
		sources: ['s'],
		...over
	}) as Claim;

describe('locale tables', () => {
	it('every table has every key of the English one, none empty', () => {
		for (const [name, table] of Object.entries(TABLES)) {
			expect(Object.keys(table).sort(), name).toEqual(Object.keys(TABLES.en).sort());
			for (const [key, value] of Object.entries(table))
				if (typeof value === 'string') expect(value.trim(), `${name}.${key}`).not.toBe('');
		}
	});

	it('picks the table by primary language and falls back to English', () => {
		expect(localeOf('fr-CA').words).toBe(TABLES.fr);
		expect(localeOf('en').words).toBe(TABLES.en);
		expect(hasTable('de')).toBe(false);
		expect(localeOf('de').words).toBe(TABLES.en);
		expect(fr.dir).toBe('ltr');
	});

	it('writes numbers and dates the way the language does', () => {
		expect(english.number(1_700_000)).toBe('1,700,000');
		expect(fr.number(1_700_000)).toMatch(/^1\s700\s000$/u);
		expect(fr.date('2014-08-02/2014-08-12')).toBe('2–12 août 2014');
		expect(fr.date('2014-06')).toBe('juin 2014');
		expect(english.date('2014-08-02/2014-08-12')).toBe('2–12 August 2014');
		expect(formatStoryDate('2014-07/2014-08-02')).toBe('July – 2 August 2014');
		expect(fr.list(['A', 'B', 'C'])).toBe('A, B et C');
	});

	it('states figures in the language', () => {
		expect(formatFigure(claim({ low: 400, high: 400, qualifier: 'about' }), fr)).toBe(
			'environ 400'
		);
		expect(formatFigure(claim({ low: 24, high: undefined, qualifier: 'dozens' }), fr)).toBe(
			'des dizaines'
		);
		expect(formatFigure(claim({ low: 100, high: undefined, qualifier: 'more-than' }), fr)).toBe(
			'plus de 100'
		);
		expect(formatFigure(claim({ low: 2, high: 1_700_000 }), fr)).toMatch(/^2–1\s700\s000$/u);
		expect(formatFigure(claim({ low: 400, high: 400, qualifier: 'about' }))).toBe('about 400');
		expect(figureWords(claim({ low: 20, high: undefined, qualifier: 'at-least' }), fr)).toBe(
			'au moins 20'
		);
		expect(gapWords([claim({ low: 36, high: 36 }), claim({ low: 53, high: 53 })], fr)).toBe(
			'36 ou 53'
		);
		expect(gapWords([claim({ low: 6, high: 6 }), claim({ low: 36, high: 36 })], fr)).toBe(
			'écart de 6 à 1'
		);
		expect(roughKm(0.5, fr)).toBe('moins de 1 km');
		const actor = { id: 'a', name: 'A', shortName: 'l’armée', noun: 'soldats', side: 's' };
		const claimant = { id: 'k', name: 'K', shortName: 'Le préfet', description: '' };
		expect(describeClaim(claim({}), actor as never, claimant as never, fr)).toBe(
			'Le préfet : 36 soldats tués, 13 mai 2015'.replace(' :', ':')
		);
	});

	it('validation refuses a language the site has no words for', () => {
		const story = structuredClone(mini);
		story.meta.language = 'de';
		const result = validateStory(story);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('meta.language');
	});
});

/** The text a component prints outside `{…}`: tags, comments, scripts and styles removed. */
function literalText(source: string): string {
	return source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, ' ')
		.replace(/<[^>]*>/g, ' ');
}

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return svelteFiles(file);
		return file.endsWith('.svelte') ? [file] : [];
	});
}

describe('no interface word outside the tables', () => {
	it('no component prints a word of its own', () => {
		// Symbols, not words: the map key's sample of a region's lettering, and the unit km.
		const symbols = new Set(['Aa', 'km']);
		const found = svelteFiles('src').flatMap((file) => {
			const source = readFileSync(file, 'utf8');
			const words = (literalText(source).match(/\p{L}{2,}/gu) ?? []).filter((w) => !symbols.has(w));
			const attributes = [
				...source.matchAll(
					/\b(?:aria-label|title|alt|placeholder|label)="([^"{]*\p{L}{2,}[^"]*)"/gu
				)
			];
			return [...words, ...attributes.map((m) => m[1])].map((w) => `${file}: ${w}`);
		});
		expect(found).toEqual([]);
	});

	it('the check finds a hard-coded word', () => {
		expect(literalText('<p>Close</p><p>{t.close}</p>').match(/\p{L}{2,}/gu)).toEqual(['Close']);
	});
});
