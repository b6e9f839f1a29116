/**
 * What the charts draw, worked out without a browser: comparable claims grouped into rows, rows
 * into panels with an axis each (its top and ticks), lanes and heights, and the one-line
 * takeaway. LayerCake then places the figures on those axes when the page is built.
 */
import type { StepState } from '../story/derive';
import { formatFigure, isOpenEnded, MEASURE_PHRASES } from '../story/figures';
import type { Actor, Claim, Measure } from '../story/schema';

type Unit = Claim['unit'];

/** Comparable claims: same section, actor, measure, scope and unit. */
export interface ClaimRow {
	key: string;
	actor: string;
	measure: Measure;
	scope: string;
	unit: Unit;
	/** The row's claims, lowest figure first. */
	claims: Claim[];
	/** The lowest figure claimed. */
	low: number;
	/** The highest figure claimed (the top of a range, the floor of an open-ended one). */
	high: number;
	/** Whether the highest figure is open at the top ("more than 100"). */
	open: boolean;
}

/** Rows sharing one axis. */
export interface Panel {
	key: string;
	/** What the panel counts: the scope or the measure. */
	label: string;
	unit: Unit;
	rows: ClaimRow[];
	/** The axis runs from 0 to this. */
	max: number;
	ticks: number[];
}

/** How much further than its floor an open-ended figure is drawn, so its arrow has room. */
const OPEN_ROOM = 1.25;

/** The top of a claim: the high end of a range, else its stated floor. */
export const topOf = (c: Pick<Claim, 'low' | 'high'>): number => c.high ?? c.low;

/** Lowest and highest figure of some claims, and whether the highest is open at the top. */
export function extentOf(claims: Claim[]): { low: number; high: number; open: boolean } {
	if (claims.length === 0) return { low: 0, high: 0, open: false };
	const low = Math.min(...claims.map((c) => c.low));
	const high = Math.max(...claims.map(topOf));
	const open = claims.some((c) => isOpenEnded(c) && c.low >= high);
	return { low, high, open };
}

/** Groups comparable claims into rows, in the order the rows first appear; people before areas. */
export function rowsOf(claims: Claim[]): ClaimRow[] {
	const rows = new Map<string, Claim[]>();
	for (const c of claims) {
		const key = [c.chapter, c.actor, c.measure, c.scope, c.unit].join('|');
		rows.set(key, [...(rows.get(key) ?? []), c]);
	}
	return [...rows]
		.map(([key, list]) => {
			const sorted = [...list].sort((a, b) => a.low - b.low || topOf(a) - topOf(b));
			const { actor, measure, scope, unit } = list[0] as Claim;
			return { key, actor, measure, scope, unit, claims: sorted, ...extentOf(sorted) };
		})
		.sort((a, b) => Number(a.unit !== 'people') - Number(b.unit !== 'people'));
}

/** A round step for about `count` intervals up to `max`: 1, 2 or 5 times a power of ten. */
function tickStep(max: number, count: number): number {
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const e = raw / power;
	return (e >= 7.07 ? 10 : e >= 3.16 ? 5 : e >= 1.41 ? 2 : 1) * power;
}

/** A round axis top at or above `max`, and its ticks from 0. */
export function niceAxis(max: number, count = 3): { max: number; ticks: number[] } {
	if (!(max > 0)) return { max: 1, ticks: [0, 1] };
	const step = tickStep(max, count);
	const top = Math.ceil(max / step - 1e-9) * step;
	const ticks: number[] = [];
	for (let i = 0; i * step <= top + 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
	return { max: Number(top.toPrecision(12)), ticks };
}

/** The figure an axis must reach for a row: its top, with room for an open-ended arrow. */
const reach = (row: ClaimRow) => (row.open ? row.high * OPEN_ROOM : row.high) || 1;

/**
 * Rows grouped into panels by `keyOf`, each with its axis. Panels of one unit share a scale
 * unless their largest figures differ more than tenfold; then each gets its own and `note` says
 * so. Percentages always run to 100.
 */
export function panelsOf(
	rows: ClaimRow[],
	keyOf: (row: ClaimRow) => string,
	labelOf: (row: ClaimRow) => string
): { panels: Panel[]; note?: string } {
	const groups = new Map<string, [ClaimRow, ...ClaimRow[]]>();
	for (const row of rows) {
		const group = groups.get(keyOf(row));
		if (group) group.push(row);
		else groups.set(keyOf(row), [row]);
	}
	const maxima = [...groups.values()].map((g) => Math.max(...g.map(reach)));
	const byUnit = new Map<Unit, number[]>();
	[...groups.values()].forEach((g, i) =>
		byUnit.set(g[0].unit, [...(byUnit.get(g[0].unit) ?? []), maxima[i] ?? 1])
	);
	const split = [...byUnit.values()].some((m) => Math.max(...m) > 10 * Math.min(...m));
	const notes: string[] = [];
	if (split)
		notes.push('Panels are drawn to different scales: their figures differ more than tenfold.');
	const panels = [...groups].map(([key, list], i): Panel => {
		const unit = list[0].unit;
		const shared = Math.max(...(byUnit.get(unit) ?? [1]));
		const axis = unit === 'percent' ? niceAxis(100) : niceAxis(split ? (maxima[i] ?? 1) : shared);
		return { key, label: labelOf(list[0]), unit, rows: list, ...axis };
	});
	const wide = rows.some((r) => r.low > 0 && r.high > 10 * r.low);
	if (wide) notes.push('Some figures share an axis with others more than ten times larger.');
	return { panels, note: notes.join(' ') || undefined };
}

/** How a claim stands at a step: shown yet, and picked out by the step or the reader. */
export function markState(
	claim: Pick<Claim, 'id' | 'actor'>,
	state: Pick<StepState, 'visible' | 'highlighted'>,
	actor: string | null
): { visible: boolean; highlighted: boolean } {
	return {
		visible: state.visible.includes(claim.id),
		highlighted: state.highlighted.includes(claim.id) || claim.actor === actor
	};
}

/** The highest figure of a row as a multiple of the lowest (a floor of 0 counts as 1). */
export function spreadOf(row: Pick<ClaimRow, 'low' | 'high'>): number {
	return row.high / Math.max(row.low, 1);
}

/** Rows where at least two claimants gave different figures, widest spread first. */
export function disputedRows(claims: Claim[]): ClaimRow[] {
	return rowsOf(claims)
		.filter((r) => r.claims.length > 1 && (r.high > r.low || r.open))
		.sort((a, b) => spreadOf(b) - spreadOf(a));
}

/** A log axis for spreads: a top of 1, 2 or 5 times a power of ten, and ticks of that form. */
export function logAxis(maxRatio: number): { max: number; ticks: number[] } {
	const ticks: number[] = [1];
	let max = 1;
	for (let p = 1; max < maxRatio * OPEN_ROOM || ticks.length < 3; p *= 10)
		for (const m of [2, 5, 10]) {
			if (max >= maxRatio * OPEN_ROOM && ticks.length >= 3) break;
			max = m * p;
			ticks.push(max);
		}
	return { max, ticks };
}

const FOLDS = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A spread in words: "a sixfold spread", "a 12-fold spread", "the highest 40% above the lowest". */
export function foldWords(ratio: number): string {
	if (ratio < 1.95) return `the highest ${Math.round((ratio - 1) * 100)}% above the lowest`;
	const n = Math.round(ratio);
	return `a ${FOLDS[n] ? `${FOLDS[n]}fold` : `${n}-fold`} spread`;
}

const number = new Intl.NumberFormat('en-GB');

/** What a row counts, in words: "rebels killed at Youneen", "territory taken by the army". */
export function rowSubject(row: Pick<ClaimRow, 'measure' | 'scope'>, actor?: Actor): string {
	const noun = actor?.noun ?? 'people';
	if (row.measure === 'territory') return `territory taken by ${actor?.shortName ?? 'one side'}`;
	const what = row.measure === 'strength' ? noun : `${noun} ${MEASURE_PHRASES[row.measure]}`;
	// Scopes are written as noun phrases ("the town, final toll"): set them apart.
	return `${what} (${row.scope})`;
}

/** The top of a row as its claimant put it when open-ended ("more than 100"), else the number. */
function topWords(row: ClaimRow): string {
	const top = row.claims.find((c) => isOpenEnded(c) && c.low === row.high);
	return top && row.open ? formatFigure({ ...top, unit: 'people' }) : number.format(row.high);
}

/** The one-line takeaway of a set of claims, written from the figures alone. */
export function takeaway(claims: Claim[], actors: Map<string, Actor>): string {
	const [widest] = disputedRows(claims);
	if (widest) {
		const subject = rowSubject(widest, actors.get(widest.actor));
		const unit = widest.unit === 'percent' ? ' per cent' : widest.unit === 'km2' ? ' km²' : '';
		return `Claims of ${subject} range from ${number.format(widest.low)} to ${topWords(widest)}${unit}, ${foldWords(spreadOf(widest))}.`;
	}
	const rows = rowsOf(claims);
	if (rows.length === 0) return 'No figures are given here.';
	const largest = [...rows].sort((a, b) => b.high - a.high)[0] as ClaimRow;
	const claim = largest.claims[largest.claims.length - 1] as Claim;
	return `The largest figure given is ${formatFigure(claim)} ${rowSubject(largest, actors.get(largest.actor))}; no figure here is contradicted by another claimant.`;
}

/** The takeaway of the disputes overview. */
export function overviewTakeaway(rows: ClaimRow[], actors: Map<string, Actor>): string {
	const [widest] = rows;
	if (!widest) return 'No figure in the story is disputed.';
	const ratio = spreadOf(widest);
	const times = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
	return `Of ${rows.length} disputed figure${rows.length === 1 ? '' : 's'}, claims of ${rowSubject(widest, actors.get(widest.actor))} differ most: the highest is ${times} times the lowest${widest.open ? ', or more' : ''}.`;
}

/** Colour slot of an actor: the index of its side, as a CSS custom property. */
export function colourOf(actor: Actor | undefined, sides: { id: string }[]): string {
	const i = actor ? sides.findIndex((s) => s.id === actor.side) : -1;
	return `var(--side-${i < 0 ? 4 : i % 6})`;
}

/** Heights in px of a panel's parts, fixed so the chart never changes size after it loads. */
export const SIZES = { head: 22, rowHead: 20, lane: 28, axis: 22 } as const;

/** A panel's rows and lanes with their vertical positions, and its full height. */
export function layoutPanel(panel: Pick<Panel, 'rows'>) {
	let y = SIZES.head;
	const rows = panel.rows.map((row) => {
		const top = y;
		y += SIZES.rowHead;
		const lanes = row.claims.map((claim) => {
			const mid = y + SIZES.lane / 2;
			y += SIZES.lane;
			return { claim, y: mid };
		});
		return { row, y: top, bottom: y, lanes };
	});
	return { rows, plotBottom: y, height: y + SIZES.axis };
}
