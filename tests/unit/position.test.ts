import { describe, expect, it } from 'vitest';
import { claimsForStep, finalState } from '../../src/lib/story/derive';
import {
	parseStepAnchor,
	readingProgress,
	stepAnchor,
	stepAtLine,
	stepShownIn
} from '../../src/lib/scrolly/position';

const sections = [
	{ slug: 'opening', steps: 2 },
	{ slug: 'arsal', steps: 5 },
	{ slug: 'tallat-mussa', steps: 3 }
];

describe('step anchors', () => {
	it('are 1-based', () => expect(stepAnchor('arsal', 2)).toBe('arsal-3'));
	it('read back, with or without #', () => {
		expect(parseStepAnchor('#arsal-3', sections)).toEqual({ slug: 'arsal', position: 2 });
		expect(parseStepAnchor('tallat-mussa-1', sections)).toEqual({
			slug: 'tallat-mussa',
			position: 0
		});
	});
	it.each(['#arsal-0', '#arsal-6', '#nowhere-1', '#arsal', ''])('refuse %s', (hash) =>
		expect(parseStepAnchor(hash, sections)).toBeUndefined()
	);
});

describe('stepShownIn', () => {
	const order = sections.map((s) => s.slug);
	it('shows the active step of the section the reader is in', () =>
		expect(stepShownIn('arsal', order, { section: 'arsal', step: 3 }, 5)).toBe(3));
	it('shows the last step of a section already read', () =>
		expect(stepShownIn('opening', order, { section: 'arsal', step: 0 }, 2)).toBe(1));
	it('shows nothing yet for a section ahead', () =>
		expect(stepShownIn('tallat-mussa', order, { section: 'arsal', step: 0 }, 3)).toBe(-1));
	it('shows nothing before the reader starts', () =>
		expect(stepShownIn('opening', order, { section: null, step: -1 }, 2)).toBe(-1));
});

describe('stepAtLine', () => {
	const boxes = [
		{ top: -900, bottom: -300 },
		{ top: -300, bottom: 300 },
		{ top: 300, bottom: 900 }
	];
	it('finds the step across the line', () => expect(stepAtLine(boxes, 200)).toBe(1));
	it('finds the step whose top has just crossed', () => expect(stepAtLine(boxes, 300)).toBe(2));
	it('is -1 above the first step', () =>
		expect(stepAtLine([{ top: 500, bottom: 900 }], 400)).toBe(-1));
	it('keeps the last step once it is passed', () =>
		expect(stepAtLine([{ top: -900, bottom: -100 }], 400)).toBe(0));
});

describe('readingProgress', () => {
	it('runs from 0 to 1', () => {
		expect(readingProgress(0, 800, 4800)).toBe(0);
		expect(readingProgress(2000, 800, 4800)).toBe(0.5);
		expect(readingProgress(9999, 800, 4800)).toBe(1);
	});
	it('is complete on a page shorter than the screen', () =>
		expect(readingProgress(0, 800, 600)).toBe(1));
});

describe('claimsForStep', () => {
	const steps = [
		{ claims: ['a', 'b'], about: [], places: ['p'] },
		{ claims: [], about: ['a'], places: ['q'] },
		{ claims: ['c'], about: [], places: ['p', 'r'] }
	];
	it('shows the claims introduced so far and highlights this step’s', () => {
		expect(claimsForStep(steps, 0)).toEqual({
			visible: ['a', 'b'],
			highlighted: ['a', 'b'],
			places: ['p'],
			earlierPlaces: []
		});
		expect(claimsForStep(steps, 1)).toEqual({
			visible: ['a', 'b'],
			highlighted: ['a'],
			places: ['q'],
			earlierPlaces: ['p']
		});
		expect(claimsForStep(steps, 2)).toEqual({
			visible: ['a', 'b', 'c'],
			highlighted: ['c'],
			places: ['p', 'r'],
			earlierPlaces: ['q']
		});
	});
	it('shows nothing before the first step', () =>
		expect(claimsForStep(steps, -1)).toEqual({
			visible: [],
			highlighted: [],
			places: [],
			earlierPlaces: []
		}));
	it('ends in the final state, everything shown and nothing highlighted', () =>
		expect(finalState(steps)).toEqual({
			visible: ['a', 'b', 'c'],
			highlighted: [],
			places: ['p', 'q', 'r'],
			earlierPlaces: []
		}));
});
