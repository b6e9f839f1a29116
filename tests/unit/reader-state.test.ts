import { describe, expect, it } from 'vitest';
import { graphicState } from '../../src/lib/reader/state';

// Three steps: two claims about "red" at the fort, one about "blue" in the valley.
const steps = [
	{ claims: ['r1'], about: [], places: ['fort'] },
	{ claims: ['b1'], about: [], places: ['valley'] },
	{ claims: ['r2'], about: ['b1'], places: ['fort', 'ridge'] }
];
const actorOf = new Map([
	['r1', { actor: 'red' }],
	['r2', { actor: 'red' }],
	['b1', { actor: 'blue' }]
]);
const none = { actor: null, place: null };

describe('graphicState', () => {
	it('shows the claims introduced up to the step, and lights the step’s own', () => {
		const s = graphicState(steps, 1, none, actorOf);
		expect(s.visible).toEqual(['r1', 'b1']);
		expect(s.highlighted).toEqual(['b1']);
		expect(s.litPlaces).toEqual(['valley']);
		expect(s.earlierPlaces).toEqual(['fort']);
		expect(s.pickedSteps).toEqual([]);
	});
	it('lights the claims a step is about, not only those it introduces', () =>
		expect(graphicState(steps, 2, none, actorOf).highlighted).toEqual(['r2', 'b1']));
	it('shows everything and lights nothing in the final state', () => {
		const s = graphicState(steps, -1, none, actorOf);
		expect(s.visible).toEqual(['r1', 'b1', 'r2']);
		expect(s.highlighted).toEqual([]);
		expect(s.litPlaces).toEqual(['fort', 'valley', 'ridge']);
	});
	it('a picked place picks out its steps and their claims, and is lit itself', () => {
		const s = graphicState(steps, 1, { actor: null, place: 'fort' }, actorOf);
		expect(s.pickedSteps).toEqual([0, 2]);
		expect(s.highlighted).toEqual(['b1', 'r1', 'r2']);
		expect(s.litPlaces).toEqual(['valley', 'fort']);
	});
	it('a picked actor lights the places of the steps about it instead', () => {
		expect(graphicState(steps, 0, { actor: 'blue', place: null }, actorOf).litPlaces).toEqual([
			'valley',
			'fort',
			'ridge'
		]);
		// An actor with no claims here leaves the step's places lit.
		expect(graphicState(steps, 0, { actor: 'green', place: null }, actorOf).litPlaces).toEqual([
			'fort'
		]);
	});
});
