import { describe, expect, it } from 'vitest';
import { viewForStep, viewsOf } from '../../src/lib/story/graphic';

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
