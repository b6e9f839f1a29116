import { describe, expect, it } from 'vitest';
import {
	buttonBox,
	ChartProblem,
	countedFigure,
	derivedHeadline,
	chartWords,
	FRAME,
	gapWords,
	numbersIn,
	sourceLabel,
	spreadOf,
	stepChartOf,
	strayNumbers,
	type ChartLabel,
	type StepChart
} from '../../src/lib/charts/step-chart';
import {
	disputesOf,
	overviewChartOf,
	sectionGraphicsOf
} from '../../src/lib/charts/section-graphics';
import type { Index } from '../../src/lib/story/derive';
import type { Claim, Section, Step } from '../../src/lib/story/schema';

const words = chartWords('en');

function claim(id: string, over: Partial<Claim> = {}): Claim {
	return {
		id,
		chapter: 'valley',
		actor: 'blue',
		measure: 'killed',
		scope: 'at the ford',
		low: 10,
		high: 10,
		unit: 'people',
		claimant: 'monitor',
		date: '1901-05-01',
		sources: ['report-1'],
		...over
	} as Claim;
}

const claims = [
	claim('monitor-10'),
	claim('army-60', { claimant: 'army', low: 60, high: 60 }),
	claim('green-range', { actor: 'green', low: 17, high: 32, claimant: 'voice' }),
	claim('green-report', { actor: 'green', low: 104, high: 104, claimant: 'army' }),
	claim('floor', {
		actor: 'green',
		scope: 'the whole war',
		low: 20,
		high: undefined,
		qualifier: 'at-least'
	}),
	claim('whole', { actor: 'blue', scope: 'the whole war', low: 650, high: 650, claimant: 'army' }),
	claim('count-1', { scope: 'toll by 3 May', low: 10, high: 10, date: '1901-05-03' }),
	claim('count-2', { scope: 'toll by 4 May', low: 17, high: 17, date: '1901-05-04' }),
	claim('count-3', { scope: 'toll by 9 May', low: 19, high: 19, date: '1901-05-09' }),
	claim('sum', {
		actor: 'green',
		scope: 'the box',
		low: 930,
		high: undefined,
		qualifier: 'at-least',
		claimant: 'box'
	}),
	claim('part-a', { actor: 'green', scope: 'part a', low: 650, high: 650, claimant: 'army' }),
	claim('part-b', { actor: 'green', scope: 'part b', low: 280, high: 280, claimant: 'monitor' }),
	claim('strength', { measure: 'strength', scope: 'at the ford', low: 3000, high: 3000 })
];

const index: Index = {
	actors: new Map(
		[
			{
				id: 'blue',
				name: 'Blue Army',
				shortName: 'Blues',
				noun: 'blue soldiers',
				side: 'a',
				description: 'x'
			},
			{
				id: 'green',
				name: 'Green Band',
				shortName: 'Greens',
				noun: 'green fighters',
				side: 'b',
				description: 'x'
			},
			{
				id: 'anyone',
				name: 'People, side not stated',
				shortName: 'People (any side)',
				noun: 'people',
				side: 'a',
				description: 'x'
			}
		].map((a) => [a.id, a])
	),
	claimants: new Map(
		[
			{ id: 'monitor', name: 'A monitor', shortName: 'Monitor', description: 'x' },
			{ id: 'army', name: 'The army', shortName: 'Army', description: 'x' },
			{ id: 'box', name: 'A summary box', shortName: 'The box', description: 'x' },
			{
				id: 'voice',
				name: 'The article',
				shortName: 'Unattributed',
				description: 'x',
				namedBySource: true
			}
		].map((c) => [c.id, c])
	),
	places: new Map(),
	sources: new Map(
		[
			{
				id: 'report-1',
				title: 'A long headline',
				kind: 'report' as const,
				citedAs: 'Gazette, note 4'
			},
			{
				id: 'report-2',
				title: 'Another headline',
				kind: 'report' as const,
				publisher: 'The Courier',
				citedAs: 'Gazette, note 5'
			},
			{
				id: 'report-3',
				title: 'Rebels withdraw from the ford after a truce',
				kind: 'report' as const,
				citedAs: 'Gazette, note 6',
				shortTitle: '“Rebels withdraw”'
			},
			{
				id: 'article',
				title: 'The article',
				kind: 'article' as const,
				publisher: 'Encyclopaedia (Online)'
			}
		].map((s) => [s.id, s])
	),
	claims: new Map(claims.map((c) => [c.id, c]))
};

function section(steps: Partial<Step>[]): Section {
	return {
		slug: 'valley',
		title: 'The valley',
		summary: 'x',
		steps: steps.map((s) => ({
			date: '1901-05',
			text: 'x',
			places: [],
			actors: [],
			claims: [],
			about: [],
			sources: ['report-1'],
			...s
		}))
	} as Section;
}

const labelsOf = (chart: StepChart): ChartLabel[] =>
	chart.panels.flatMap((p) => [
		...(p.title ? [p.title] : []),
		...p.rows.flatMap((r) => [r.title, ...r.marks.map((m) => m.label).filter((l) => l.text)])
	]);

const box = (l: ChartLabel) => {
	const left = l.anchor === 'start' ? l.x : l.x - l.width;
	return { left, right: left + l.width, top: l.y - 10, bottom: l.y + 2 };
};

function expectNoOverlaps(chart: StepChart) {
	const boxes = labelsOf(chart).map(box);
	boxes.forEach((a, i) => {
		expect(a.left).toBeGreaterThanOrEqual(0);
		expect(a.right).toBeLessThanOrEqual(FRAME.width);
		boxes.slice(i + 1).forEach((b) => {
			const apart =
				a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
			expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
		});
	});
}

describe('a disputed figure', () => {
	const chart = stepChartOf(section([{ claims: ['monitor-10', 'army-60'] }]), 0, index, words)!;
	it('is one row with a mark per claim, each labelled with who said it and the figure', () => {
		expect(chart.panels).toHaveLength(1);
		const [row] = chart.panels[0]!.rows;
		expect(row!.marks.map((m) => m.label.text)).toEqual(['Monitor 10', 'Army 60']);
		expect(row!.marks.every((m) => m.shape === 'point')).toBe(true);
	});
	it('states the gap on the chart and in a headline that names both claimants', () => {
		expect(chart.panels[0]!.rows[0]!.title.text).toBe('Blue soldiers killed · 6× apart');
		expect(chart.headline).toBe('Blue soldiers killed: Monitor 10, Army 60');
	});
	it('has an axis scaled to what it shows, and labels that do not overlap', () => {
		expect(chart.panels[0]!.axis!.ticks.map((t) => t.text)).toEqual(['0', '20', '40', '60']);
		expectNoOverlaps(chart);
	});
	it('gives the later claim its earlier rival as context, not highlighted', () => {
		const later = stepChartOf(
			section([{ claims: ['monitor-10'] }, { claims: ['army-60'] }]),
			1,
			index,
			words
		)!;
		const marks = later.panels[0]!.rows[0]!.marks;
		expect(marks.map((m) => [m.claim, m.highlighted])).toEqual([
			['monitor-10', false],
			['army-60', true]
		]);
	});
});

describe('single figures, ranges and open-ended figures', () => {
	it('draws a single figure as a labelled bar, never as a dispute', () => {
		const chart = stepChartOf(section([{ claims: ['army-60'] }]), 0, index, words)!;
		const row = chart.panels[0]!.rows[0]!;
		expect(row.marks[0]!.shape).toBe('bar');
		expect(row.title.text).toBe('Blue soldiers killed');
		expect(chart.headline).not.toMatch(/disput|differ|apart/);
		// A bar carries its own number; no axis is drawn for bars alone.
		expect(chart.panels[0]!.axis).toBeUndefined();
	});
	it('draws a range as a band with both ends in its label', () => {
		const chart = stepChartOf(
			section([{ claims: ['green-range', 'green-report'] }]),
			0,
			index,
			words
		)!;
		const range = chart.panels[0]!.rows[0]!.marks.find((m) => m.claim === 'green-range')!;
		expect(range.shape).toBe('range');
		expect(range.x1).toBeGreaterThan(range.x0);
		expect(range.label.text).toContain('17–32');
	});
	it('draws an open-ended figure with a short arrow of fixed length, qualifier in the label', () => {
		const chart = stepChartOf(section([{ claims: ['floor', 'whole'] }]), 0, index, words)!;
		const floor = chart.panels
			.flatMap((p) => p.rows)
			.flatMap((r) => r.marks)
			.find((m) => m.claim === 'floor')!;
		expect(floor.shape).toBe('open');
		expect(floor.x1 - floor.x0).toBeCloseTo(FRAME.arrow, 5);
		expect(floor.label.text).toBe('Monitor at least 20');
	});
	it('says two agreeing claims both agree, and more all agree', () => {
		const same = (id: string) => claim(id, { low: 12, high: 12 });
		expect(gapWords([same('a'), same('b')], words)).toBe('both agree');
		expect(gapWords([same('a'), same('b'), same('c')], words)).toBe('all agree');
		expect(gapWords([same('a'), same('b')], chartWords('fr'))).toBe('les deux concordent');
	});
	it('says claims of one number, one of them an estimate, say that number, not "about 400 or 400"', () => {
		const about = claim('a', { low: 400, high: 400, qualifier: 'about' });
		const exact = claim('b', { low: 400, high: 400 });
		expect(gapWords([about, exact], words)).toBe('both say 400');
		expect(gapWords([about, exact, claim('c', { low: 400, high: 400 })], words)).toBe(
			'all say 400'
		);
		expect(gapWords([about, exact], chartWords('fr'))).toBe('les deux disent 400');
		// A different number, or a bound, is still a gap in figures.
		expect(gapWords([about, claim('c', { low: 410, high: 410 })], words)).toBe('about 400 or 410');
		expect(
			gapWords([exact, claim('d', { low: 400, high: undefined, qualifier: 'at-least' })], words)
		).toBe('400 or at least 400');
	});
	it('never computes a spread from a lower bound', () => {
		expect(
			spreadOf([claims[4]!, claim('x', { low: 930, high: undefined, qualifier: 'at-least' })])
		).toBeUndefined();
		expect(
			gapWords(
				[claims[4]!, claim('x', { low: 930, high: undefined, qualifier: 'at-least' })],
				words
			)
		).toBe('at least 20 or at least 930');
	});
});

describe('scopes', () => {
	it('puts figures of different scope on separate axes, each titled by its scope', () => {
		const chart = stepChartOf(
			section([{ claims: ['green-range', 'green-report', 'whole'] }]),
			0,
			index,
			words
		)!;
		expect(chart.panels.map((p) => p.title?.text)).toEqual(['At the ford', 'The whole war']);
		// Within tenfold of each other, panels share one scale, so lengths compare.
		expect(chart.panels.map((p) => p.axis?.ticks.at(-1)?.text ?? 'bars')).toEqual(['800', 'bars']);
	});
	it('gives panels more than tenfold apart their own scales, and says so', () => {
		const chart = stepChartOf(
			section([{ claims: ['monitor-10', 'army-60', 'whole'] }]),
			0,
			index,
			words
		)!;
		expect(chart.panels[0]!.axis!.ticks.at(-1)!.text).toBe('60');
		expect(chart.note).toMatch(/own scale/);
	});
	it('shares an axis across scopes only when the step compares them, and says so', () => {
		const chart = stepChartOf(
			section([
				{ claims: ['green-range', 'whole'], graphic: { kind: 'auto', compareScopes: true } }
			]),
			0,
			index,
			words
		)!;
		expect(chart.note).toMatch(/different scopes share one axis/);
		// Each scope under its own title, on one scale, with one axis under them all.
		expect(chart.panels.map((p) => p.title?.text)).toEqual(['At the ford', 'The whole war']);
		expect(chart.panels.map((p) => p.axis !== undefined)).toEqual([false, true]);
		const marks = chart.panels.flatMap((p) => p.rows).flatMap((r) => r.marks);
		const range = marks.find((m) => m.claim === 'green-range')!;
		const whole = marks.find((m) => m.claim === 'whole')!;
		// 17–32 and 650 drawn to one scale: the longer figure reaches further.
		expect(whole.x1 / range.x1).toBeGreaterThan(5);
	});
	it('never sets forces and losses on one axis', () => {
		const chart = stepChartOf(section([{ claims: ['monitor-10', 'strength'] }]), 0, index, words)!;
		expect(chart.panels).toHaveLength(2);
	});
});

describe('chart kinds the story asks for', () => {
	it('draws a running count as a step line through its dates', () => {
		const chart = stepChartOf(
			section([
				{
					claims: ['count-3'],
					graphic: { kind: 'running-count', series: ['count-1', 'count-2', 'count-3'] }
				}
			]),
			0,
			index,
			words
		)!;
		expect(chart.kind).toBe('running-count');
		const row = chart.panels[0]!.rows[0]!;
		expect(row.line).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+$/);
		expect(row.marks.map((m) => m.label.text)).toEqual(['10', '17', '19']);
		expect(chart.panels[0]!.axis!.ticks.map((t) => t.text)).toEqual(['3 May', '4 May', '9 May']);
	});
	it('refuses a running count across actors, with its path', () => {
		expect(() =>
			stepChartOf(
				section([{ graphic: { kind: 'running-count', series: ['count-1', 'green-range'] } }]),
				0,
				index,
				words,
				'chapters[0].steps[0]'
			)
		).toThrow(
			'chapters[0].steps[0].graphic.series[1]: a running count follows one actor and measure'
		);
	});
	it('draws a composition as a stack of its parts beside what it is set against', () => {
		const chart = stepChartOf(
			section([
				{
					claims: ['sum'],
					graphic: { kind: 'composition', total: 'sum', parts: ['part-a', 'part-b'] }
				}
			]),
			0,
			index,
			words
		)!;
		const [stack] = chart.panels[0]!.rows;
		const parts = stack!.marks.filter((m) => m.shape === 'part');
		expect(parts.map((m) => m.claim)).toEqual(['part-a', 'part-b']);
		// The parts touch, end to start: one stacked bar.
		expect(parts[1]!.x0).toBe(parts[0]!.x1);
		expectNoOverlaps(chart);
	});
	it('refuses a composition whose parts are not claims', () => {
		expect(() =>
			stepChartOf(
				section([{ graphic: { kind: 'composition', total: 'sum', parts: ['part-a', 'nope'] } }]),
				0,
				index,
				words
			)
		).toThrow(ChartProblem);
	});
	it('refuses a comparison of anything but two claimants', () => {
		expect(() =>
			stepChartOf(
				section([
					{ claims: ['monitor-10', 'army-60', 'count-1'], graphic: { kind: 'comparison' } }
				]),
				0,
				index,
				words
			)
		).not.toThrow();
		expect(() =>
			stepChartOf(
				section([{ claims: ['monitor-10'], graphic: { kind: 'comparison' } }]),
				0,
				index,
				words
			)
		).toThrow(/two claimants/);
	});
});

describe('fit', () => {
	it('refuses a step with more figures than fit the smallest frame, naming the step and the fix', () => {
		const many = Array.from({ length: 12 }, (_, i) =>
			claim(`m${i}`, {
				low: i + 1,
				high: i + 1,
				scope: 'at the ford',
				measure: 'killed',
				actor: `a${i}`
			})
		);
		const big: Index = {
			...index,
			claims: new Map(many.map((c) => [c.id, c]))
		};
		expect(() =>
			stepChartOf(
				{
					title: 'x',
					steps: section([{ title: 'Too much', claims: many.map((c) => c.id) }]).steps
				},
				0,
				big,
				words,
				'chapters[2].steps[0]'
			)
		).toThrow(
			/^chapters\[2\]\.steps\[0\] "Too much": its chart needs \d+ units of height for 12 rows, more than the 260 .* split the step, or group its figures$/
		);
	});
	it('keeps every chart of a busy step within its frame', () => {
		const chart = stepChartOf(
			section([
				{ claims: ['monitor-10', 'army-60', 'green-range', 'green-report', 'floor', 'whole'] }
			]),
			0,
			index,
			words
		)!;
		expect(chart.height).toBeLessThanOrEqual(FRAME.maxHeight);
		expectNoOverlaps(chart);
	});
	it('makes each mark a tap target at least 24 units tall that covers its label', () => {
		const chart = stepChartOf(section([{ claims: ['monitor-10', 'army-60'] }]), 0, index, words)!;
		for (const mark of chart.panels[0]!.rows[0]!.marks) {
			const b = buttonBox(mark);
			expect(b.height).toBeGreaterThanOrEqual(24);
			expect(b.x).toBeLessThanOrEqual(box(mark.label).left);
			expect(b.x + b.width).toBeGreaterThanOrEqual(box(mark.label).right);
		}
	});
});

describe('labels that say who', () => {
	it('names the claimant, or for one who names no one the report the figure rests on', () => {
		expect(sourceLabel(claims[0]!, index)).toBe('Monitor');
		expect(sourceLabel(claims[2]!, index)).toBe('Gazette note 4');
		const articleOnly = claim('a', { claimant: 'voice', sources: ['article'] });
		expect(sourceLabel(articleOnly, index)).toBe('Encyclopaedia text');
	});
	it('names a report by its short title, else its publisher, before its note number', () => {
		const titled = claim('t', { claimant: 'voice', sources: ['article', 'report-3'] });
		expect(sourceLabel(titled, index)).toBe('“Rebels withdraw”');
		const published = claim('p', { claimant: 'voice', sources: ['article', 'report-2'] });
		expect(sourceLabel(published, index)).toBe('The Courier');
	});
	it('keeps report titles out of a derived headline, which gives the figures alone', () => {
		const a = claim('ta', { claimant: 'voice', sources: ['report-3'], low: 20, high: 20 });
		const b = claim('tb', { claimant: 'voice', sources: ['report-3'], low: 50, high: 50 });
		expect(derivedHeadline([a, b], index, words)).toBe('Blue soldiers killed: 20 or 50');
	});
	it('keeps a figure apart from a name that ends in a number', () => {
		const chart = stepChartOf(
			section([{ claims: ['green-range', 'green-report'] }]),
			0,
			index,
			words
		)!;
		expect(chart.panels[0]!.rows[0]!.marks[0]!.label.text).toBe('Gazette note 4: 17–32');
	});
});

describe('headlines', () => {
	it('reads as a sentence: one person, dozens of them, ground taken by a side in lower case', () => {
		const one = claim('one', { actor: 'anyone', low: 1, high: 1 });
		expect(countedFigure(one, index, words)).toBe('1 person killed');
		expect(countedFigure({ ...one, low: 2, high: 2 }, index, words)).toBe('2 people killed');
		const dozens = claim('dozens', {
			actor: 'green',
			qualifier: 'dozens',
			low: 24,
			high: undefined
		});
		expect(countedFigure(dozens, index, words)).toBe('dozens of green fighters killed');
		const ground = claim('ground', { measure: 'territory', unit: 'percent', low: 90, high: 90 });
		expect(countedFigure(ground, index, words)).toMatch(/taken by blue soldiers$/);
		expect(derivedHeadline([one], index, words)).toBe('1 person killed');
	});
	it('calls figures disputed only when claims of one figure differ', () => {
		// The same thing counted in two scopes: both figures, said once, no claimant set against another.
		expect(derivedHeadline([claims[0]!, claims[5]!], index, words)).toBe(
			'Blue soldiers killed: 10 and 650'
		);
		expect(derivedHeadline([claims[0]!, claims[2]!], index, words)).toBe(
			'10 blue soldiers killed, 17–32 green fighters killed'
		);
		expect(derivedHeadline([claims[0]!, claims[1]!], index, words)).toMatch(/Monitor 10, Army 60/);
	});
	it('says when claimants agree', () => {
		const twin = claim('twin', { claimant: 'army' });
		expect(derivedHeadline([claims[0]!, twin], index, words)).toBe(
			'Blue soldiers killed: Monitor and Army agree on 10'
		);
	});
	it('reads numbers but not dates', () => {
		expect(numbersIn('By 3 August 1901: 30 killed, 1,500 under arms, the 1st Division')).toEqual([
			30, 1500
		]);
	});
	it('accepts a number that is a figure, a ratio or a difference of figures, and no other', () => {
		const shown = [claims[0]!, claims[1]!];
		expect(strayNumbers('Army says 60, six times the Monitor’s 10', shown)).toEqual([]);
		expect(strayNumbers('60 against 10: 6× apart, 50 more', shown)).toEqual([]);
		expect(strayNumbers('60 against 10, 47-fold', shown)).toEqual([47]);
	});
	it('refuses an authored headline with a number the chart does not show, with its path', () => {
		expect(() =>
			stepChartOf(
				section([{ claims: ['monitor-10'], graphic: { kind: 'auto', headline: 'Some 200 dead' } }]),
				0,
				index,
				words,
				'closing.steps[1]'
			)
		).toThrow('closing.steps[1].graphic.headline: the headline names 200');
	});
});

describe('each step of a section', () => {
	it('shows its own chart, else the map where the section has places, else the graphic before it', () => {
		const s = section([
			{ places: ['ford'] },
			{ claims: ['monitor-10'] },
			{},
			{ claims: ['army-60'], graphic: { kind: 'map' } }
		]);
		const graphics = sectionGraphicsOf(s, index);
		expect(graphics.steps.map((g) => g.kind)).toEqual(['map', 'chart', 'map', 'map']);
		expect(graphics.steps[1]).toMatchObject({ figure: 'valley-step-2' });
	});
	it('draws nothing empty: a section with no places and no figures shows no graphic', () => {
		expect(sectionGraphicsOf(section([{}, {}]), index).steps.map((g) => g.kind)).toEqual([
			'none',
			'none'
		]);
	});
});

describe('the overview of disputes', () => {
	it('orders disputes by how far apart comparable claims are, lower bounds last', () => {
		const disputes = disputesOf(claims);
		expect(disputes.map((d) => d.map((c) => c.id))).toEqual([
			['green-range', 'green-report'],
			['monitor-10', 'army-60']
		]);
		const chart = overviewChartOf(claims, index, words);
		expect(chart.headline).toBe(
			'2 figures on which the claimants disagree, the widest apart first'
		);
		expect(chart.panels[0]!.rows[0]!.marks.map((m) => m.label.text)).toEqual([
			'Gazette note 4: 17–32',
			'Army 104'
		]);
		expectNoOverlaps(chart);
	});
});
