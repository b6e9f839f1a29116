/**
 * Rows of comparable claims and round axes: shared by the step charts (step-chart.ts), the
 * share images (server/preview.ts) and the tables of figures.
 */
import { agreedCount, isOpenEnded } from '../story/figures';
import { english, nounOf, type Locale } from '../locale';
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

/** What a row counts, in words: "rebels killed at Youneen", "territory taken by the army".
 * After a claim's own figure (`after`), agreed with it: "1 person killed", "dozens" "of rebels
 * killed", "12 horses" "of the army killed". */
export function rowSubject(
	row: Pick<ClaimRow, 'measure' | 'scope'>,
	actor?: Actor,
	locale: Locale = english,
	after?: Pick<Claim, 'low' | 'high' | 'qualifier' | 'unitNoun'>
): string {
	const { counts, people, territoryBy, oneSide, whose, measures, dozensOf } = locale.words;
	if (row.measure === 'territory') return territoryBy(actor?.shortName ?? oneSide);
	// A noun unit names what is counted in the figure ("12 horses"): the words say whose.
	const whoseUnit = after?.unitNoun && actor ? whose(actor.shortName) : undefined;
	let what: string;
	if (row.measure === 'strength') what = whoseUnit ?? actor?.noun ?? people;
	else if (whoseUnit) what = `${whoseUnit} ${measures[row.measure]}`;
	else what = counts(row.measure, nounOf(actor), after && agreedCount(after));
	if (after?.qualifier === 'dozens' && !after.unitNoun) what = dozensOf(what);
	// Scopes are written as noun phrases ("the town, final toll"): set them apart.
	return `${what} (${row.scope})`;
}
