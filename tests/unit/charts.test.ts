import { describe, expect, it } from 'vitest';
import {
	disputedRows,
	extentOf,
	foldWords,
	layoutPanel,
	logAxis,
	markState,
	niceAxis,
	overviewTakeaway,
	panelsOf,
	rowsOf,
	SIZES,
	spreadOf,
	takeaway
} from '../../src/lib/charts/rows';
import type { Actor, Claim } from '../../src/lib/story';

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

const actors = new Map<string, Actor>([
	[
		'blue',
		{
			id: 'blue',
			name: 'Blue Guards',
			shortName: 'Blue',
			noun: 'guards',
			side: 'a',
			description: 'x'
		}
	]
]);

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

	it('gives spreads a log axis from 1×', () => {
		const axis = logAxis(6.1);
		expect(axis.ticks[0]).toBe(1);
		expect(axis.max).toBeGreaterThanOrEqual(6.1);
		expect(axis.ticks.at(-1)).toBe(axis.max);
	});
});

describe('panelsOf', () => {
	const by = (r: { scope: string }) => r.scope;
	it('shares one scale when the panels are within tenfold', () => {
		const rows = rowsOf([
			claim('a', { measure: 'strength', low: 250, high: 250 }),
			claim('b', { measure: 'strength', scope: 'there', low: 1500, high: 1500 })
		]);
		const { panels, note } = panelsOf(rows, by, by);
		expect(panels.map((p) => p.max)).toEqual([1500, 1500]);
		expect(note).toBeUndefined();
	});

	it('splits scales when the panels differ more than tenfold, and says so', () => {
		const rows = rowsOf([
			claim('a', { measure: 'strength', low: 40, high: 40 }),
			claim('b', { measure: 'strength', scope: 'there', low: 1500, high: 12000 })
		]);
		const { panels, note } = panelsOf(rows, by, by);
		expect(panels[0]!.max).toBeLessThan(100);
		expect(panels[1]!.max).toBeGreaterThanOrEqual(12000);
		expect(note).toMatch(/different scales/);
	});

	it('says so when one axis holds figures more than tenfold apart', () => {
		const rows = rowsOf([claim('a', { low: 3, high: 3 }), claim('b', { low: 40, high: 40 })]);
		expect(panelsOf(rows, by, by).note).toMatch(/ten times/);
	});

	it('runs shares to 100 per cent on their own axis', () => {
		const rows = rowsOf([
			claim('k', { low: 500, high: 500 }),
			claim('p', { measure: 'territory', unit: 'percent', low: 40, high: 40 })
		]);
		const { panels } = panelsOf(rows, (r) => r.unit, by);
		expect(panels.map((p) => [p.unit, p.max])).toEqual([
			['people', 600],
			['percent', 100]
		]);
	});

	it('leaves room for an open-ended arrow', () => {
		const rows = rowsOf([claim('a', { low: 100, high: undefined, qualifier: 'more-than' })]);
		expect(panelsOf(rows, by, by).panels[0]!.max).toBeGreaterThan(100);
	});
});

describe('step state', () => {
	const state = { visible: ['k1', 'k2'], highlighted: ['k2'] };
	it('shows claims introduced so far and highlights the step’s own', () => {
		expect(markState(killed[0]!, state, null)).toEqual({ visible: true, highlighted: false });
		expect(markState(killed[1]!, state, null)).toEqual({ visible: true, highlighted: true });
		expect(markState(killed[2]!, state, null)).toEqual({ visible: false, highlighted: false });
	});

	it('highlights every claim of the actor the reader picked', () => {
		expect(markState(killed[0]!, state, 'blue').highlighted).toBe(true);
	});
});

describe('layoutPanel', () => {
	it('has a height fixed by its rows and claims', () => {
		const rows = rowsOf([...killed, claim('w', { measure: 'wounded' })]);
		const { height } = layoutPanel({ rows });
		expect(height).toBe(SIZES.head + 2 * SIZES.rowHead + 4 * SIZES.lane + SIZES.axis);
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

describe('takeaways', () => {
	it('names the widest spread in plain words', () => {
		expect(takeaway(killed, actors)).toBe(
			'Claims of guards killed (at the ford) range from 17 to 104, a sixfold spread.'
		);
	});

	it('keeps an open-ended top as stated', () => {
		const open = [
			claim('a', { low: 5, high: 5 }),
			claim('b', { low: 100, high: undefined, qualifier: 'more-than' })
		];
		expect(takeaway(open, actors)).toBe(
			'Claims of guards killed (at the ford) range from 5 to more than 100, a 20-fold spread.'
		);
	});

	it('says when nothing is disputed', () => {
		expect(takeaway([claim('a', { measure: 'strength', low: 250, high: 250 })], actors)).toMatch(
			/^The largest figure given is 250 guards \(at the ford\); no figure/
		);
	});

	it('words small and large spreads', () => {
		expect(foldWords(1.4)).toBe('the highest 40% above the lowest');
		expect(foldWords(2)).toBe('a twofold spread');
		expect(foldWords(12.2)).toBe('a 12-fold spread');
	});

	it('sums up the overview', () => {
		expect(overviewTakeaway(disputedRows(killed), actors)).toBe(
			'Of 1 disputed figure, claims of guards killed (at the ford) differ most: the highest is 6.1 times the lowest.'
		);
		expect(overviewTakeaway([], actors)).toMatch(/No figure/);
	});
});
