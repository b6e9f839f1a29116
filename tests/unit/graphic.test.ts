import { describe, expect, it } from 'vitest';
import { sectionViews, viewForStep, viewsOf } from '../../src/lib/story/graphic';

const strength = { measure: 'strength' as const };
const killed = { measure: 'killed' as const };

describe('viewsOf', () => {
	it('offers the map when there are places, and each chart only when it has claims', () => {
		expect(viewsOf([strength, killed], true)).toEqual(['map', 'strength', 'casualties']);
		expect(viewsOf([killed], true)).toEqual(['map', 'casualties']);
		expect(viewsOf([strength], false)).toEqual(['strength']);
		expect(viewsOf([], true)).toEqual(['map']);
	});
});

describe('viewForStep', () => {
	const all = viewsOf([strength, killed], true);
	it('shows the disputed figures a step is about first', () =>
		expect(viewForStep([strength, killed], all)).toBe('casualties'));
	it('shows strength for a step about strength', () =>
		expect(viewForStep([strength], all)).toBe('strength'));
	it('falls back to the map for a step without figures', () =>
		expect(viewForStep([], all)).toBe('map'));
	it('without a map, falls back to the first view', () =>
		expect(viewForStep([], ['strength', 'casualties'])).toBe('strength'));
	it('never picks a view the section lacks', () =>
		expect(viewForStep([killed], ['map'])).toBe('map'));
	it('has nothing to show for a section with no views', () =>
		expect(viewForStep([killed], [])).toBeUndefined());
});

describe('sectionViews', () => {
	const claims = new Map<string, { measure: 'strength' | 'killed' }>([
		['s1', strength],
		['k1', killed]
	]);
	const steps = [
		{ claims: [], about: [] },
		{ claims: ['s1'], about: [] },
		{ claims: ['k1'], about: [] },
		{ claims: [], about: ['s1'] }
	];
	it('gives each step the view of the figures it introduces or is about', () => {
		const { views, final, byStep } = sectionViews(steps, claims, true);
		expect(views).toEqual(['map', 'strength', 'casualties']);
		expect(byStep).toEqual(['map', 'strength', 'casualties', 'strength']);
		expect(final).toBe('map');
	});
	it('adds the overview, shown for steps about no figure and at the end', () => {
		const { views, final, byStep } = sectionViews(steps, claims, false, true);
		expect(views).toEqual(['strength', 'casualties', 'overview']);
		expect(byStep).toEqual(['overview', 'strength', 'casualties', 'strength']);
		expect(final).toBe('overview');
	});
	it('leaves out views the section has no figures for', () => {
		const { views, byStep } = sectionViews([{ claims: [], about: ['k1'] }], claims, true);
		expect(views).toEqual(['map']);
		expect(byStep).toEqual(['map']);
	});
});
