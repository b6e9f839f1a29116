import { describe, expect, it } from 'vitest';
import { disputedRows, extentOf, niceAxis, rowsOf, spreadOf } from '../../src/lib/charts/rows';
import type { Claim } from '../../src/lib/story';

function claim(id: string, fields: Partial<Claim>): Claim {
	return {
		id,
		chapter: 'one',
		actor: 'blue',
		measure: 'killed',
		scope: 'at the ford',
		low: 1,
		high: 1,
		unit: 'people',
		claimant: 'someone',
		date: '2020-01-01',
		sources: ['s'],
		...fields
	};
}

const killed = [
	claim('k1', { low: 104, high: 104 }),
	claim('k2', { low: 17, high: 17 }),
	claim('k3', { low: 20, high: undefined, qualifier: 'at-least' })
];

describe('rowsOf', () => {
	it('groups claims of the same actor, measure, scope and unit, lowest first', () => {
		const rows = rowsOf([...killed, claim('w', { measure: 'wounded', low: 3, high: 3 })]);
		expect(rows.map((r) => r.claims.map((c) => c.id))).toEqual([['k2', 'k3', 'k1'], ['w']]);
		expect(rows[0]).toMatchObject({ low: 17, high: 104, open: false });
	});

	it('keeps different scopes apart', () => {
		expect(rowsOf([claim('a', {}), claim('b', { scope: 'elsewhere' })])).toHaveLength(2);
	});

	it('puts areas and shares after people', () => {
		const rows = rowsOf([claim('p', { unit: 'percent', measure: 'territory' }), claim('k', {})]);
		expect(rows.map((r) => r.unit)).toEqual(['people', 'percent']);
	});
});

describe('extentOf', () => {
	it('is open when the highest figure is an open-ended floor', () => {
		expect(extentOf([claim('a', { low: 5, high: 8 }), killed[2]!])).toEqual({
			low: 5,
			high: 20,
			open: true
		});
	});

	it('is closed when a stated figure is above the open floor', () => {
		expect(extentOf(killed).open).toBe(false);
	});

	it('treats "dozens" as open-ended', () => {
		const dozens = claim('d', { low: 24, high: undefined, qualifier: 'dozens' });
		expect(extentOf([claim('a', { low: 12 }), dozens])).toMatchObject({ high: 24, open: true });
	});
});

describe('axes', () => {
	it('rounds the top up to a round number', () => {
		expect(niceAxis(104)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
		expect(niceAxis(4000).max).toBe(4000);
		expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
	});
});

describe('disputes', () => {
	it('keeps rows with differing figures, widest spread first', () => {
		const rows = disputedRows([
			...killed,
			claim('w1', { measure: 'wounded', low: 10, high: 10 }),
			claim('w2', { measure: 'wounded', low: 12, high: 12 }),
			claim('solo', { measure: 'captured' })
		]);
		expect(rows.map((r) => r.measure)).toEqual(['killed', 'wounded']);
		expect(spreadOf(rows[0]!)).toBeCloseTo(104 / 17);
	});

	it('counts an open figure against a lower one as disputed', () => {
		const rows = disputedRows([claim('a', { low: 20 }), killed[2]!]);
		expect(rows).toHaveLength(1);
	});
});
