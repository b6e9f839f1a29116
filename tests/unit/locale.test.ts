import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, hasTable, localeOf, TABLES } from '../../src/lib/locale';
import { formatFigure, describeClaim } from '../../src/lib/story/figures';
import { formatStoryDate } from '../../src/lib/story/dates';
import {
	countedFigure,
	derivedHeadline,
	figureWords,
	gapWords,
	numbersIn,
	strayNumbers,
	subjectOf
} from '../../src/lib/charts/step-chart';
import { indexStory } from '../../src/lib/story/derive';
import { rowSubject } from '../../src/lib/charts/rows';
import { sectionGraphicsOf } from '../../src/lib/charts/section-graphics';
import recit from '../fixtures/recit-fr';
import { roughKm } from '../../src/lib/map/place-lines';
import { formatProblem, validateStory } from '../../src/lib/story';
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

/** The French fixture's index, with a feminine actor and one whose plural is in -aux added. */
function frenchIndex() {
	const result = validateStory(recit);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	const index = indexStory(result.story);
	const base = index.actors.get('ligue')!;
	index.actors.set('infirmieres', {
		...base,
		id: 'infirmieres',
		noun: 'infirmières',
		nounGender: 'feminine'
	});
	index.actors.set('generaux', { ...base, id: 'generaux', noun: 'généraux' });
	index.actors.set('legers', {
		...base,
		id: 'legers',
		noun: 'chevau-légers',
		nounSingular: 'chevau-léger'
	});
	return index;
}

describe('French headlines read as French', () => {
	const index = frenchIndex();
	const c = (over: Partial<Claim>) => claim({ actor: 'confederation', ...over });

	it('agrees the noun and the participle with the figure', () => {
		expect(countedFigure(c({ low: 1, high: 1 }), index, fr)).toBe('1 soldat tué');
		expect(countedFigure(c({ low: 2, high: 2 }), index, fr)).toBe('2 soldats tués');
		expect(countedFigure(c({ actor: 'nobody', low: 1, high: 1 }), index, fr)).toBe(
			'1 personne tuée'
		);
		expect(countedFigure(c({ actor: 'nobody', low: 2, high: 2 }), index, fr)).toBe(
			'2 personnes tuées'
		);
		expect(countedFigure(c({ actor: 'infirmieres', measure: 'wounded' }), index, fr)).toBe(
			'36 infirmières blessées'
		);
		expect(
			countedFigure(c({ actor: 'infirmieres', measure: 'casualties', low: 1, high: 1 }), index, fr)
		).toBe('1 infirmière tuée ou blessée');
		expect(countedFigure(c({ actor: 'generaux', low: 1, high: 1 }), index, fr)).toBe(
			'1 général tué'
		);
		expect(countedFigure(c({ actor: 'legers', low: 1, high: 1 }), index, fr)).toBe(
			'1 chevau-léger tué'
		);
		expect(countedFigure(c({ low: 1, high: 3 }), index, fr)).toBe('1–3 soldats tués');
		expect(countedFigure(c({ low: 0, high: 0 }), index, fr)).toBe('0 soldat tué');
		expect(countedFigure(c({ measure: 'strength', low: 2300, high: 2300 }), index, fr)).toMatch(
			/^2\s300 soldats en armes$/u
		);
	});

	it('says "au moins", "des dizaines de" with its elision, and whose ground was taken', () => {
		expect(countedFigure(c({ low: 20, high: undefined, qualifier: 'at-least' }), index, fr)).toBe(
			'au moins 20 soldats tués'
		);
		expect(countedFigure(c({ low: 1, high: undefined, qualifier: 'at-least' }), index, fr)).toBe(
			'au moins 1 soldat tué'
		);
		const dozens = { low: 24, high: undefined, qualifier: 'dozens' as const };
		expect(countedFigure(c(dozens), index, fr)).toBe('des dizaines de soldats tués');
		expect(countedFigure(c({ ...dozens, actor: 'habitants', measure: 'wounded' }), index, fr)).toBe(
			'des dizaines d’habitants blessés'
		);
		expect(countedFigure(c({ ...dozens, actor: 'nobody' }), index, fr)).toBe(
			'des dizaines de personnes tuées'
		);
		expect(subjectOf(c({ measure: 'territory' }), index, fr)).toBe(
			'territoire pris par les soldats'
		);
		expect(subjectOf(c({ actor: 'nobody', measure: 'territory' }), index, fr)).toBe(
			'territoire pris par un camp'
		);
		expect(fr.words.whose('les habitants')).toBe('des habitants');
		expect(fr.words.whose('le préfet')).toBe('du préfet');
		expect(fr.words.whose('la Ligue')).toBe('de la Ligue');
	});

	it('derives the fixture’s headlines in French, a space before each colon', () => {
		const of = (chapter: string) =>
			derivedHeadline(
				recit.claims.filter((x) => x.chapter === chapter) as Claim[],
				index,
				fr
			).replace(/\u202f/g, ' ');
		expect(of('riviere')).toBe('Soldats tués : Préfète Đặng 12, État-major 40');
		expect(of('pont')).toBe('7 soldats capturés');
		expect(of('hiver')).toBe('Miliciens en armes : État-major 2 300, Préfète Đặng 900');
		const one = [
			c({ id: 'a', low: 1, high: 1 }),
			c({ id: 'b', actor: 'habitants', low: 3, high: 3 })
		];
		expect(derivedHeadline(one, index, fr)).toBe('1 soldat tué, 3 habitants tués');
		expect(derivedHeadline(one, index, english)).toBe('1 soldat killed, 3 habitants killed');
	});

	it('names each mark of the fixture’s charts in French: "des dizaines d’habitants blessés"', () => {
		const read = validateStory(recit);
		if (!read.ok) throw new Error('the fixture is invalid');
		const riviere = read.story.chapters.find((x) => x.slug === 'riviere')!;
		const drawn = JSON.stringify(sectionGraphicsOf(riviere, index, { words: fr }));
		const names = [...drawn.matchAll(/"name":"([^"]*)"/g)].map((m) => m[1]);
		expect(names).toContain('Croix des Neiges : des dizaines d’habitants blessés');
		expect(names.join(' | ')).not.toMatch(/dizaines (?!d’)|\S:/);
	});

	it('counts a noun unit as what it is, and whose', () => {
		const horses = { unit: 'people' as const, unitNoun: { singular: 'cheval', plural: 'chevaux' } };
		expect(countedFigure(c({ ...horses, low: 12, high: 12 }), index, fr)).toBe(
			'12 chevaux de la Confédération tués'
		);
		expect(countedFigure(c({ ...horses, low: 1, high: 1 }), index, fr)).toBe(
			'1 cheval de la Confédération tué'
		);
		expect(subjectOf(c({ ...horses, actor: 'habitants' }), index, fr)).toBe(
			'chevaux des habitants tués'
		);
		const en = { unit: 'people' as const, unitNoun: { singular: 'horse', plural: 'horses' } };
		expect(countedFigure(c({ ...en, low: 12, high: 12 }), index, english)).toBe(
			'12 horses of la Confédération killed'
		);
	});

	it('a citation and a table row say the figure, then the words agreed with it', () => {
		const soldats = index.actors.get('confederation');
		const habitants = index.actors.get('habitants');
		const one = c({ low: 1, high: 1 });
		expect(`${formatFigure(one, fr)} ${rowSubject(one, soldats, fr, one)}`).toBe(
			'1 soldat tué (s)'
		);
		const dozens = c({ low: 24, high: undefined, qualifier: 'dozens', measure: 'wounded' });
		expect(`${formatFigure(dozens, fr)} ${rowSubject(dozens, habitants, fr, dozens)}`).toBe(
			'des dizaines d’habitants blessés (s)'
		);
		expect(`${formatFigure(dozens)} ${rowSubject(dozens, habitants, english, dozens)}`).toBe(
			'dozens of habitants wounded (s)'
		);
		const horses = c({ unitNoun: { singular: 'cheval', plural: 'chevaux' }, low: 12, high: 12 });
		expect(`${formatFigure(horses, fr)} ${rowSubject(horses, soldats, fr, horses)}`).toBe(
			'12 chevaux de la Confédération tués (s)'
		);
		expect(rowSubject(one, undefined, fr)).toBe('personnes tuées (s)');
	});

	it('English agrees the noun with a figure of one', () => {
		const en = english.words;
		expect(en.counts('killed', undefined, 1)).toBe('person killed');
		expect(en.counts('killed', { plural: 'pro-government fighters' }, 1)).toBe(
			'pro-government fighter killed'
		);
		expect(en.counts('killed', { plural: 'members of the militia' }, 1)).toBe(
			'member of the militia killed'
		);
		expect(en.counts('killed', { plural: 'militias' }, 1)).toBe('militia killed');
		expect(en.counts('killed', { plural: 'casualties' }, 1)).toBe('casualty killed');
		expect(en.counts('wounded', { plural: 'rebels' }, 2)).toBe('rebels wounded');
		expect(en.counts('killed', { plural: 'people', singular: 'soul' }, 1)).toBe('soul killed');
	});
});

describe('the stray-number check reads dates in the story’s language', () => {
	const shown = [claim({ low: 12, high: 12 }), claim({ low: 40, high: 40 })];
	it('leaves French dates out, and still English ones', () => {
		expect(numbersIn('Le 3 août 2014 : 12 tués, 40 selon l’armée', fr)).toEqual([12, 40]);
		expect(numbersIn('Du 1er mai au 12 juin : 40 tués', fr)).toEqual([40]);
		expect(numbersIn('En février 2015, 12 tués ; 2–12 décembre', fr)).toEqual([12]);
		expect(strayNumbers('12 tués le 17 août', shown, fr)).toEqual([]);
		expect(strayNumbers('12 tués le 17 août', shown, english)).toEqual([17]);
		expect(strayNumbers('12 killed on 17 August', shown, english)).toEqual([]);
		expect(strayNumbers('12 killed on 17 August', shown, fr)).toEqual([17]);
		expect(numbersIn('By May 2015, 1,500 under arms', english)).toEqual([1500]);
	});
	it('reads numbers as the language writes them', () => {
		expect(numbersIn('1 700 000 déplacés, 1,5 fois plus', fr)).toEqual([1_700_000, 1.5]);
		expect(numbersIn(`${fr.number(2300)} en armes`, fr)).toEqual([2300]);
		expect(numbersIn('1,700,000 displaced, 1.5 times more', english)).toEqual([1_700_000, 1.5]);
	});
});

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
			'rapport de 1 à 6'
		);
		expect(roughKm(0.5, fr)).toBe('moins de 1 km');
		const actor = { id: 'a', name: 'A', shortName: 'l’armée', noun: 'soldats', side: 's' };
		const claimant = { id: 'k', name: 'K', shortName: 'Le préfet', description: '' };
		expect(describeClaim(claim({}), actor as never, claimant as never, fr)).toBe(
			'Le préfet : 36 soldats tués, 13 mai 2015'
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
