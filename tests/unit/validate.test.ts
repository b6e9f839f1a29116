import { describe, expect, it } from 'vitest';
import {
	formatFigure,
	formatStoryDate,
	formatProblem,
	LIMITS,
	validateStory,
	type StoryInput
} from '../../src/lib/story';
import mini from '../fixtures/mini-story';

/** A copy of the fixture story, changed by `mutate`. */
function mutated(mutate: (s: StoryInput) => void): unknown {
	const copy = structuredClone(mini);
	mutate(copy);
	return copy;
}

function problemsOf(input: unknown): string[] {
	const result = validateStory(input);
	return result.ok ? [] : result.problems.map(formatProblem);
}

const chapter = (s: StoryInput, i = 0) => s.chapters[i]!;
const step = (s: StoryInput, c = 0, k = 0) => chapter(s, c).steps[k]!;
const claim = (s: StoryInput, i = 0) => s.claims[i]!;

describe('validateStory', () => {
	it('accepts the fixture story', () => {
		expect(problemsOf(mini)).toEqual([]);
	});

	// Each row: a class of bad input, how to make it, and the exact line the writer must see.
	const cases: [string, (s: StoryInput) => void, string][] = [
		[
			'a missing required field',
			(s) => delete (chapter(s) as Partial<StoryInput['chapters'][number]>).title,
			'chapters[0].title: required field is missing'
		],
		[
			'a missing claim field',
			(s) => delete (claim(s) as Partial<StoryInput['claims'][number]>).measure,
			'claims[0] (ferry-strength-guild).measure: required field is missing'
		],
		[
			'an unknown field',
			(s) => Object.assign(step(s), { colour: 'red' }),
			'chapters[0] "The blockade" › steps[0] "Morning" › colour: unknown field'
		],
		[
			'a duplicate actor id',
			(s) => (s.actors[1]!.id = 'guards'),
			'actors[1] (guards).id: duplicate id "guards"'
		],
		[
			'a duplicate claim id',
			(s) => (claim(s, 1).id = 'ferry-strength-guild'),
			'claims[1] (ferry-strength-guild).id: duplicate id "ferry-strength-guild"'
		],
		[
			'a duplicate slug',
			(s) => (chapter(s, 1).slug = 'blockade'),
			'chapters[1] "The truce" › slug: duplicate slug "blockade"'
		],
		[
			'a reserved slug',
			(s) => (chapter(s, 1).slug = 'embed'),
			'chapters[1] "The truce" › slug: slug "embed" is reserved for the site\'s own pages (/embed/)'
		],
		[
			'a slug that names the share image',
			(s) => (chapter(s, 1).slug = 'index'),
			'chapters[1] "The truce" › slug: slug "index" is reserved: /og/index.png is the whole piece\'s share image'
		],
		[
			'a slug that repeats an id of the page',
			(s) => (chapter(s, 1).slug = 'main'),
			'chapters[1] "The truce" › slug: slug "main" is reserved: the page already has an element with the id "main" or "main-title"'
		],
		[
			'a slug that is a route of the site',
			(s) => (chapter(s, 1).slug = 'fonts'),
			'chapters[1] "The truce" › slug: slug "fonts" is reserved for the site\'s own pages (/fonts/)'
		],
		[
			'a chapter slug that names a section',
			(s) => (chapter(s, 1).slug = 'closing'),
			'chapters[1] "The truce" › slug: slug "closing" is reserved for the story\'s closing section'
		],
		[
			'an unknown actor on a step',
			(s) => (step(s).actors = ['pirates']),
			'chapters[0] "The blockade" › steps[0] "Morning" › actors[0]: unknown actor "pirates"'
		],
		[
			'an unknown place',
			(s) => (step(s, 0, 1).places = ['atlantis']),
			'chapters[0] "The blockade" › steps[1] (2020-01-02) › places[0]: unknown place "atlantis"'
		],
		[
			'an unknown source',
			(s) => (step(s).sources = ['wiki', 'rumour']),
			'chapters[0] "The blockade" › steps[0] "Morning" › sources[1]: unknown source "rumour"'
		],
		[
			'an unknown claim',
			(s) => (step(s, 1, 0).about = ['hills-x']),
			'chapters[1] "The truce" › steps[0] (2020-01-03) › about[0]: unknown claim "hills-x"'
		],
		[
			'an unknown claimant',
			(s) => (claim(s).claimant = 'nobody'),
			'claims[0] (ferry-strength-guild).claimant: unknown claimant "nobody"'
		],
		[
			'an unknown actor on a claim',
			(s) => (claim(s).actor = 'pirates'),
			'claims[0] (ferry-strength-guild).actor: unknown actor "pirates"'
		],
		[
			'an unknown side',
			(s) => (s.actors[0]!.side = 'west'),
			'actors[0] (guards).side: unknown side "west"'
		],
		[
			'low greater than high',
			(s) => Object.assign(claim(s, 1), { low: 500, high: 400 }),
			'claims[1] (ferry-strength-mayor).low: low 500 is greater than high 400'
		],
		[
			'a negative number',
			(s) => (claim(s, 2).low = -3),
			'claims[2] (guards-hurt-mayor).low: must not be negative'
		],
		[
			'NaN',
			(s) => (claim(s, 2).high = Number.NaN),
			'claims[2] (guards-hurt-mayor).high: must be a finite number, not NaN'
		],
		[
			'an infinite number',
			(s) => (claim(s, 2).high = Number.POSITIVE_INFINITY),
			'claims[2] (guards-hurt-mayor).high: must be a finite number'
		],
		[
			'a date that does not parse',
			(s) => (step(s).date = '2020-02-30'),
			'chapters[0] "The blockade" › steps[0] "Morning" › date: date "2020-02-30" does not parse'
		],
		[
			'a date in the wrong form',
			(s) => (step(s).date = 'early May'),
			'chapters[0] "The blockade" › steps[0] "Morning" › date: date must be YYYY-MM-DD, YYYY-MM, YYYY or a period start/end'
		],
		[
			'a step date outside the chapter period',
			(s) => (step(s, 0, 1).date = '2020-01-09'),
			'chapters[0] "The blockade" › steps[1] (2020-01-09) › date: date "2020-01-09" falls outside the chapter\'s period 2020-01-01/2020-01-02'
		],
		[
			'a claim date outside its chapter period',
			(s) => (claim(s).date = '2019-12-31'),
			'claims[0] (ferry-strength-guild).date: date "2019-12-31" falls outside the chapter\'s period 2020-01-01/2020-01-02'
		],
		[
			'a chapter with no steps',
			(s) => (chapter(s, 1).steps = []),
			'chapters[1] "The truce" › steps: a chapter needs at least one step'
		],
		[
			'a latitude out of range',
			(s) => (s.places[0]!.lat = 91),
			'places[0] (millford).lat: latitude out of range'
		],
		[
			'a longitude out of range',
			(s) => (s.places[1]!.lon = -181),
			'places[1] (ford).lon: longitude out of range'
		],
		[
			'an approximate place without uncertainty',
			(s) => delete s.places[1]!.uncertaintyKm,
			'places[1] (ford).uncertaintyKm: an approximate place needs an uncertainty in km'
		],
		[
			'empty prose',
			(s) => (step(s).text = '   '),
			'chapters[0] "The blockade" › steps[0] "Morning" › text: empty prose'
		],
		[
			'prose with an HTML tag',
			(s) => (step(s).text = 'Boats <img src=x onerror=alert(1)> gathered.'),
			'chapters[0] "The blockade" › steps[0] "Morning" › text: prose contains an HTML tag'
		],
		[
			'prose with a script tag',
			(s) => (s.actors[0]!.description = '<script>alert(1)</script>'),
			'actors[0] (guards).description: prose contains an HTML tag'
		],
		[
			'prose with a javascript: URL',
			(s) => (step(s).title = 'See java\tscript:alert(1)'),
			'chapters[0] "The blockade" › steps[0] "See java\\u{9}script:alert(1)" › title: prose contains a javascript: URL'
		],
		[
			'a non-https URL',
			(s) => (s.meta.basedOn[0]!.url = 'javascript:alert(1)'),
			'meta.basedOn[0].url: must be an http:// or https:// URL'
		],
		[
			'a claim with no source',
			(s) => (claim(s).sources = []),
			'claims[0] (ferry-strength-guild).sources: a claim needs at least one source'
		],
		[
			'a claim with no claimant',
			(s) => delete (claim(s) as Partial<StoryInput['claims'][number]>).claimant,
			'claims[0] (ferry-strength-guild).claimant: required field is missing'
		],
		[
			'a step citing nothing',
			(s) => (step(s).sources = []),
			'chapters[0] "The blockade" › steps[0] "Morning" › sources: a step must cite at least one source'
		],
		[
			'a claim no step introduces',
			(s) => (step(s, 0, 1).claims = ['guards-hurt-mayor', 'ferry-hurt-guild']),
			'claims[4] (ferry-hurt-mayor).id: claim "ferry-hurt-mayor" is never introduced by a step'
		],
		[
			'a claim introduced twice',
			(s) => step(s, 0, 1).claims!.push('ferry-strength-guild'),
			'chapters[0] "The blockade" › steps[1] (2020-01-02) › claims[3]: claim "ferry-strength-guild" is already introduced at chapters[0] "The blockade" › steps[0] "Morning"'
		],
		[
			'an open figure without qualifier',
			(s) => delete claim(s, 3).qualifier,
			'claims[3] (ferry-hurt-guild).high: a figure without high must have an open qualifier (at-least, more-than, dozens, several)'
		],
		[
			'an unknown map anchor',
			(s) => (s.map.anchors = ['atlantis']),
			'map.anchors[0]: unknown place "atlantis"'
		]
	];

	it.each(cases)('rejects %s with its path and reason', (_name, mutate, expected) => {
		expect(problemsOf(mutated(mutate))).toContain(expected);
	});

	it('reports every problem, not just the first', () => {
		const problems = problemsOf(
			mutated((s) => {
				step(s).text = '';
				claim(s).low = -1;
				s.places[0]!.lat = 100;
			})
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				'chapters[0] "The blockade" › steps[0] "Morning" › text: empty prose',
				'claims[0] (ferry-strength-guild).low: must not be negative',
				'places[0] (millford).lat: latitude out of range'
			])
		);
	});

	it('rejects something that is not a story at all', () => {
		expect(problemsOf(undefined)).toEqual(['(story): required field is missing']);
		expect(problemsOf({})).toContain('meta: required field is missing');
	});
});

describe('every problem of a file in one run', () => {
	it('reports schema, text, figure and reference mistakes together, each naming its id or title', () => {
		const result = validateStory(
			mutated((s) => {
				Object.assign(claim(s, 1), { low: 500, high: 400 }); // a bad range
				step(s, 0, 1).places = ['fordd']; // an unknown place, misspelt
				Object.assign(step(s), { colour: 'red' }); // an unknown field
				s.actors[0]!.shortName = 'Gu\u202eards'; // a direction override
				claim(s, 2).high = 1e308; // an absurd figure
				chapter(s, 1).steps[0]!.text = 'x'.repeat(LIMITS.stepText + 1); // a step too long
				claim(s, 3).actor = 'pirates'; // an unknown actor
				step(s, 1, 0).date = '2019-01-01'; // outside the chapter
			})
		);
		expect(result.ok).toBe(false);
		const lines = result.ok ? [] : result.problems.map(formatProblem);
		expect(lines).toEqual([
			'chapters[0] "The blockade" › steps[0] "Morning" › colour: unknown field',
			'claims[2] (guards-hurt-mayor).high: figure 1e+308 is larger than the largest allowed, 10,000,000,000 (10^10): check it for a typing error',
			'actors[0] (guards).shortName: contains the invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3, which can reorder what readers see: delete it (the page sets the text direction itself)',
			'chapters[1] "The truce" › steps[0] (2019-01-01) › text: step text is 1,501 characters, more than the longest allowed, 1,500: split it into two steps',
			'chapters[0] "The blockade" › steps[1] (2020-01-02) › places[0]: unknown place "fordd" (did you mean "ford"?)',
			'chapters[1] "The truce" › steps[0] (2019-01-01) › date: date "2019-01-01" falls outside the chapter\'s period 2020-01-03/2020-01-05',
			'claims[1] (ferry-strength-mayor).low: low 500 is greater than high 400',
			'claims[3] (ferry-hurt-guild).actor: unknown actor "pirates"'
		]);
		// Every message names the id or title beside the position.
		for (const line of lines) expect(line).toMatch(/^[a-z]+\[\d+\] (\(|")/);
	});
});

describe('hostile text', () => {
	const INVISIBLE = [
		'\u202a',
		'\u202b',
		'\u202c',
		'\u202d',
		'\u202e',
		'\u2066',
		'\u2067',
		'\u2068',
		'\u2069',
		'\u200b',
		'\u200c',
		'\u200d',
		'\u2060',
		'\ufeff',
		'\u00ad',
		'\u2028',
		'\u2029'
	];
	/** Each field that names or identifies something, and how to set it. */
	const NAME_FIELDS: [string, (s: StoryInput, value: string) => void, string][] = [
		['actor name', (s, x) => (s.actors[0]!.name = x), 'actors[0] (guards).name'],
		['actor short name', (s, x) => (s.actors[0]!.shortName = x), 'actors[0] (guards).shortName'],
		['claimant name', (s, x) => (s.claimants[0]!.name = x), 'claimants[0] (mayor).name'],
		[
			'claimant short name',
			(s, x) => (s.claimants[1]!.shortName = x),
			'claimants[1] (guild).shortName'
		],
		['place name', (s, x) => (s.places[0]!.name = x), 'places[0] (millford).name'],
		['place alias', (s, x) => (s.places[0]!.aliases = [x]), 'places[0] (millford).aliases[0]'],
		['side name', (s, x) => (s.sides[0]!.name = x), 'sides[0] (north).name'],
		['actor id', (s, x) => (s.actors[1]!.id = x), 'actors[1]'],
		['claim id', (s, x) => (claim(s, 4).id = x), 'claims[4]']
	];
	const cases = INVISIBLE.flatMap((c) =>
		NAME_FIELDS.map(([field, set, at]) => [field, c, set, at] as const)
	);

	it.each(
		cases.map(([f, c, set, at]) => [`${f} with U+${c.codePointAt(0)!.toString(16)}`, c, set, at])
	)('rejects an %s', (_name, c, set, at) => {
		const lines = problemsOf(mutated((s) => set(s, `Na${c}me`)));
		const hit = lines.find((l) => l.startsWith(at) && /invisible|must be an id/.test(l));
		expect(hit, lines.join('\n')).toBeDefined();
	});

	it('names the character and its position and says what to do', () => {
		expect(problemsOf(mutated((s) => (s.actors[0]!.name = 'Bridge\u200dGuards')))).toContain(
			'actors[0] (guards).name: contains the invisible character U+200D (ZERO WIDTH JOINER) at character 7: names and ids may hold no invisible characters; delete it'
		);
		expect(problemsOf(mutated((s) => (s.claimants[0]!.name = '\tMayor')))).toContain(
			'claimants[0] (mayor).name: contains the control character U+0009 at character 1: names are one line of plain text; delete it'
		);
	});

	it('refuses direction controls and stray format characters in prose', () => {
		for (const c of ['\u202e', '\u2067', '\ufeff', '\u200b', '\u2060']) {
			const lines = problemsOf(mutated((s) => (step(s).text = `Boats ${c}gathered.`)));
			expect(lines.join('\n')).toMatch(/steps\[0\] "Morning" › text: contains the invisible/);
		}
		expect(problemsOf(mutated((s) => (claim(s).note = 'a\u202eb')))[0]).toMatch(
			/^claims\[0\] \(ferry-strength-guild\)\.note: contains the invisible direction control U\+202E/
		);
	});

	it('keeps what real languages need in prose: joiners and direction marks', () => {
		// Persian needs the zero-width non-joiner; mixed-direction text needs the marks.
		expect(
			problemsOf(mutated((s) => (step(s).text = 'Boats gathered: می\u200cخواهم, 20\u200f km.')))
		).toEqual([]);
	});

	it('shows hostile titles in messages with their invisible characters spelt out', () => {
		const lines = problemsOf(
			mutated((s) => {
				chapter(s).title = 'Evil\u202e title';
				step(s).places = ['nowhere'];
			})
		);
		expect(lines).toContain(
			'chapters[0] "Evil\\u{202E} title" › steps[0] "Morning" › places[0]: unknown place "nowhere"'
		);
		for (const line of lines) expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	});
});

describe('limits', () => {
	const cases: [string, (s: StoryInput) => void, string][] = [
		[
			'a figure above 10^10',
			(s) => (claim(s, 1).high = 1e10 + 1),
			'claims[1] (ferry-strength-mayor).high: figure 10,000,000,001 is larger than the largest allowed, 10,000,000,000 (10^10): check it for a typing error'
		],
		[
			'a figure of 1e308',
			(s) => (claim(s, 1).low = 1e308),
			'claims[1] (ferry-strength-mayor).low: figure 1e+308 is larger than the largest allowed, 10,000,000,000 (10^10): check it for a typing error'
		],
		[
			'a 50,000-character step',
			(s) => (step(s).text = 'word '.repeat(10_000)),
			'chapters[0] "The blockade" › steps[0] "Morning" › text: step text is 50,000 characters, more than the longest allowed, 1,500: split it into two steps'
		],
		[
			'a long title',
			(s) => (chapter(s).title = 'T'.repeat(101)),
			`chapters[0] "${'T'.repeat(39)}…" › title: title is 101 characters, more than the longest allowed, 100: shorten it; the title is one line on a phone`
		],
		[
			'a long piece title',
			(s) => (s.meta.title = 'T'.repeat(101)),
			'meta.title: title is 101 characters, more than the longest allowed, 100: shorten it; the title is one line on a phone'
		],
		[
			'a long short name',
			(s) => (s.actors[0]!.shortName = 'S'.repeat(41)),
			'actors[0] (guards).shortName: short name is 41 characters, more than the longest allowed, 40: it labels chart marks; keep it to a word or two'
		],
		[
			'a long name',
			(s) => (s.claimants[0]!.name = 'N'.repeat(121)),
			'claimants[0] (mayor).name: name is 121 characters, more than the longest allowed, 120: shorten it, and put the rest in the description'
		],
		[
			'a long description',
			(s) => (s.actors[1]!.description = 'd'.repeat(4001)),
			'actors[1] (ferrymen).description: text is 4,001 characters, more than the longest allowed, 4,000: shorten it or split it'
		]
	];
	it.each(cases)('rejects %s, naming the limit', (_name, mutate, expected) => {
		expect(problemsOf(mutated(mutate))).toContain(expected);
	});

	it('accepts values at the limits', () => {
		expect(
			problemsOf(
				mutated((s) => {
					claim(s, 1).high = 1e10;
					step(s).text = 'x'.repeat(LIMITS.stepText);
					chapter(s).title = 'T'.repeat(LIMITS.title);
					s.actors[0]!.shortName = 'S'.repeat(LIMITS.shortName);
				})
			)
		).toEqual([]);
	});

	it('leaves room above the story’s own longest step', async () => {
		const { default: story } = await import('../../stories/qalamoun');
		const steps = [story.opening, ...story.chapters, story.closing].flatMap((c) => c.steps);
		const longest = Math.max(...steps.map((st) => st.text.length));
		expect(longest * 2).toBeLessThan(LIMITS.stepText);
	});
});

describe('ordinary historical data', () => {
	it('accepts casualties, years, http, books and the other source kinds, fewer-than, noun units and aliases', () => {
		const lines = problemsOf(
			mutated((s) => {
				claim(s, 2).measure = 'casualties';
				s.sources.push(
					{ id: 'b', title: 'A history', kind: 'book', date: '1815', url: 'http://example.org/b' },
					{ id: 'd', title: 'Counts', kind: 'dataset', date: '1814/1815' },
					{ id: 'i', title: 'Talk', kind: 'interview', date: '1815-06' },
					{ id: 'r', title: 'News', kind: 'broadcast' }
				);
				step(s).sources!.push('b', 'd', 'i', 'r');
				Object.assign(claim(s, 1), { low: 0, high: 20, qualifier: 'fewer-than' });
				claim(s, 0).unit = { singular: 'horse', plural: 'horses' };
				s.actors[0]!.aliases = ['The Watch'];
			})
		);
		expect(lines).toEqual([]);
	});

	it('still refuses javascript: and data: URLs', () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x', 'http:///x'])
			expect(problemsOf(mutated((s) => (s.sources[0]!.url = url)))).toContain(
				'sources[0] (wiki).url: must be an http:// or https:// URL'
			);
	});

	it('says how to write a fewer-than figure', () => {
		expect(
			problemsOf(
				mutated((s) => Object.assign(claim(s, 1), { low: 5, high: 20, qualifier: 'fewer-than' }))
			)
		).toContain(
			'claims[1] (ferry-strength-mayor).low: a "fewer-than" figure is open at the bottom: write low 0 and the stated figure as high ("fewer than 20": low: 0, high: 20)'
		);
	});

	it('formats the new qualifier, noun units and years', () => {
		expect(formatFigure({ low: 0, high: 20, qualifier: 'fewer-than', unit: 'people' })).toBe(
			'fewer than 20'
		);
		const horses = { unit: 'people' as const, unitNoun: { singular: 'horse', plural: 'horses' } };
		expect(formatFigure({ low: 12, high: 12, ...horses })).toBe('12 horses');
		expect(formatFigure({ low: 1, high: 1, ...horses })).toBe('1 horse');
		expect(formatFigure({ low: 20, qualifier: 'at-least', ...horses })).toBe('20+ horses');
		expect(formatFigure({ low: 24, qualifier: 'dozens', ...horses })).toBe('dozens of horses');
		expect(formatFigure({ low: 310, high: 310, unit: 'km2', outOf: 780 })).toBe('310 of 780 km²');
		expect(formatStoryDate('1815')).toBe('1815');
		expect(formatStoryDate('1814/1815')).toBe('1814 – 1815');
		expect(formatStoryDate('1815-06/1815')).toBe('June 1815 – 1815');
	});

	it('reads a noun unit as a count with its noun', () => {
		const result = validateStory(
			mutated((s) => (claim(s, 0).unit = { singular: 'horse', plural: 'horses' }))
		);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.story.claims[0]).toMatchObject({
				unit: 'people',
				unitNoun: { singular: 'horse', plural: 'horses' }
			});
	});
});
