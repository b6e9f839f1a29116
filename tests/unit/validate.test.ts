import { describe, expect, it } from 'vitest';
import { formatProblem, validateStory, type StoryInput } from '../../src/lib/story';
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
			'claims[0].measure: required field is missing'
		],
		[
			'an unknown field',
			(s) => Object.assign(step(s), { colour: 'red' }),
			'chapters[0].steps[0].colour: unknown field'
		],
		[
			'a duplicate actor id',
			(s) => (s.actors[1]!.id = 'guards'),
			'actors[1].id: duplicate id "guards"'
		],
		[
			'a duplicate claim id',
			(s) => (claim(s, 1).id = 'ferry-strength-guild'),
			'claims[1].id: duplicate id "ferry-strength-guild"'
		],
		[
			'a duplicate slug',
			(s) => (chapter(s, 1).slug = 'blockade'),
			'chapters[1].slug: duplicate slug "blockade"'
		],
		[
			'a reserved slug',
			(s) => (chapter(s, 1).slug = 'embed'),
			'chapters[1].slug: slug "embed" is reserved for the site\'s own pages'
		],
		[
			'an unknown actor on a step',
			(s) => (step(s).actors = ['pirates']),
			'chapters[0].steps[0].actors[0]: unknown actor "pirates"'
		],
		[
			'an unknown place',
			(s) => (step(s, 0, 1).places = ['atlantis']),
			'chapters[0].steps[1].places[0]: unknown place "atlantis"'
		],
		[
			'an unknown source',
			(s) => (step(s).sources = ['wiki', 'rumour']),
			'chapters[0].steps[0].sources[1]: unknown source "rumour"'
		],
		[
			'an unknown claim',
			(s) => (step(s, 1, 0).about = ['hills-x']),
			'chapters[1].steps[0].about[0]: unknown claim "hills-x"'
		],
		[
			'an unknown claimant',
			(s) => (claim(s).claimant = 'nobody'),
			'claims[0].claimant: unknown claimant "nobody"'
		],
		[
			'an unknown actor on a claim',
			(s) => (claim(s).actor = 'pirates'),
			'claims[0].actor: unknown actor "pirates"'
		],
		['an unknown side', (s) => (s.actors[0]!.side = 'west'), 'actors[0].side: unknown side "west"'],
		[
			'low greater than high',
			(s) => Object.assign(claim(s, 1), { low: 500, high: 400 }),
			'claims[1].low: low is greater than high'
		],
		['a negative number', (s) => (claim(s, 2).low = -3), 'claims[2].low: must not be negative'],
		[
			'NaN',
			(s) => (claim(s, 2).high = Number.NaN),
			'claims[2].high: must be a finite number, not NaN'
		],
		[
			'an infinite number',
			(s) => (claim(s, 2).high = Number.POSITIVE_INFINITY),
			'claims[2].high: must be a finite number'
		],
		[
			'a date that does not parse',
			(s) => (step(s).date = '2020-02-30'),
			'chapters[0].steps[0].date: date "2020-02-30" does not parse'
		],
		[
			'a date in the wrong form',
			(s) => (step(s).date = 'early May'),
			'chapters[0].steps[0].date: date must be YYYY-MM-DD, YYYY-MM or a period start/end'
		],
		[
			'a step date outside the chapter period',
			(s) => (step(s, 0, 1).date = '2020-01-09'),
			'chapters[0].steps[1].date: date "2020-01-09" falls outside the chapter\'s period 2020-01-01/2020-01-02'
		],
		[
			'a claim date outside its chapter period',
			(s) => (claim(s).date = '2019-12-31'),
			'claims[0].date: date "2019-12-31" falls outside the chapter\'s period 2020-01-01/2020-01-02'
		],
		[
			'a chapter with no steps',
			(s) => (chapter(s, 1).steps = []),
			'chapters[1].steps: a chapter needs at least one step'
		],
		[
			'a latitude out of range',
			(s) => (s.places[0]!.lat = 91),
			'places[0].lat: latitude out of range'
		],
		[
			'a longitude out of range',
			(s) => (s.places[1]!.lon = -181),
			'places[1].lon: longitude out of range'
		],
		[
			'an approximate place without uncertainty',
			(s) => delete s.places[1]!.uncertaintyKm,
			'places[1].uncertaintyKm: an approximate place needs an uncertainty in km'
		],
		['empty prose', (s) => (step(s).text = '   '), 'chapters[0].steps[0].text: empty prose'],
		[
			'prose with an HTML tag',
			(s) => (step(s).text = 'Boats <img src=x onerror=alert(1)> gathered.'),
			'chapters[0].steps[0].text: prose contains an HTML tag'
		],
		[
			'prose with a script tag',
			(s) => (s.actors[0]!.description = '<script>alert(1)</script>'),
			'actors[0].description: prose contains an HTML tag'
		],
		[
			'prose with a javascript: URL',
			(s) => (step(s).title = 'See java\tscript:alert(1)'),
			'chapters[0].steps[0].title: prose contains a javascript: URL'
		],
		[
			'a non-https URL',
			(s) => (s.meta.basedOn[0]!.url = 'javascript:alert(1)'),
			'meta.basedOn[0].url: must be an https:// URL'
		],
		[
			'a claim with no source',
			(s) => (claim(s).sources = []),
			'claims[0].sources: a claim needs at least one source'
		],
		[
			'a claim with no claimant',
			(s) => delete (claim(s) as Partial<StoryInput['claims'][number]>).claimant,
			'claims[0].claimant: required field is missing'
		],
		[
			'a step citing nothing',
			(s) => (step(s).sources = []),
			'chapters[0].steps[0].sources: a step must cite at least one source'
		],
		[
			'a claim no step introduces',
			(s) => (step(s, 0, 1).claims = ['guards-hurt-mayor', 'ferry-hurt-guild']),
			'claims[4].id: claim "ferry-hurt-mayor" is never introduced by a step'
		],
		[
			'a claim introduced twice',
			(s) => step(s, 0, 1).claims!.push('ferry-strength-guild'),
			'chapters[0].steps[1].claims[3]: claim "ferry-strength-guild" is already introduced at chapters[0].steps[0]'
		],
		[
			'an open figure without qualifier',
			(s) => delete claim(s, 3).qualifier,
			'claims[3].high: a figure without high must have an open qualifier (at-least, more-than, dozens, several)'
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
				'chapters[0].steps[0].text: empty prose',
				'claims[0].low: must not be negative',
				'places[0].lat: latitude out of range'
			])
		);
	});

	it('rejects something that is not a story at all', () => {
		expect(problemsOf(undefined)).toEqual(['(story): required field is missing']);
		expect(problemsOf({})).toContain('meta: required field is missing');
	});
});
