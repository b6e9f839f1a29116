/**
 * The chart of one step, computed once at build time: which figures it shows, their rows and
 * panels, the axis of each panel, where every mark and label sits, and the headline. Positions
 * are in chart units: the chart is `FRAME.width` units wide and scales to its frame, so what is
 * laid out here holds on every screen. Components draw the result; the page's script only
 * switches between the charts of different steps.
 */
import type { Index } from '../story/derive';
import { agreedCount, formatFigure, isOpenEnded, unitKey } from '../story/figures';
import { english, localeOf, nounOf, type Locale } from '../locale';
import type { Claim, Section, Step } from '../story/schema';
import { niceAxis } from './rows';
import { capitalise } from './text';
import { textWidth } from '../text/width';

/** The chart's width, the tallest it may be (it must fit a 360×640 phone), and its margins. */
export const FRAME = { width: 340, maxHeight: 260, pad: 4, arrow: 14 } as const;
/** Type sizes, in chart units. */
export const TYPE = { panel: 11, title: 12, label: 11.5, tick: 10 } as const;
/** Heights of each kind of line, in chart units. */
const LINE = { panel: 15, title: 14, track: 15, label: 14, axis: 16, gap: 8 } as const;

export type ChartKind = 'ranges' | 'running-count' | 'composition' | 'comparison';

export interface ChartLabel {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	anchor: 'start' | 'end';
	/** Estimated width, kept for the overlap checks. */
	width: number;
	/** The rest of a label too long for one line, set on the line below. */
	more?: string;
}

/** One claim's mark. */
export interface ChartMark {
	claim: string;
	actor: string;
	/** `point`: one figure; `range`: low–high; `open`: a floor with a short arrow; `bar`: a single
	 * figure drawn from zero; `part`: a segment of a stacked sum. */
	shape: 'point' | 'range' | 'open' | 'bar' | 'part';
	x0: number;
	x1: number;
	/** Centre of the mark's track. */
	y: number;
	label: ChartLabel;
	/** The claim in words, for its button. */
	name: string;
	/** Introduced or taken up by this step, rather than shown for context. */
	highlighted: boolean;
}

export interface ChartRow {
	key: string;
	actor: string;
	/** What the row counts, and the gap between its claims when they differ. */
	title: ChartLabel;
	/** The row's own scope, where rows of different scopes share a chart (the overview). */
	scope?: ChartLabel;
	marks: ChartMark[];
	/** A running count's line through its points, as SVG path data. */
	line?: string;
}

export interface ChartTick {
	x: number;
	text: string;
}

export interface ChartPanel {
	key: string;
	/** The scope the panel's figures share ("at Youneen, mid-July 2014"). */
	title?: ChartLabel;
	rows: ChartRow[];
	/** The axis line's height, and its ticks; none where each row has its own scale. */
	axis?: { y: number; ticks: ChartTick[] };
}

export interface StepChart {
	kind: ChartKind;
	headline: string;
	note?: string;
	width: number;
	height: number;
	panels: ChartPanel[];
	/** The claims drawn, in order, for the chart's table and citations. */
	claims: string[];
	/** Actors drawn, in order: each has its own colour. */
	actors: string[];
	/** Each actor's key: its id and short name, as the chart's legend names it. */
	keys: { actor: string; name: string }[];
}

/** The legend of some claims: each actor once, by its short name. */
export function keysOf(claims: Claim[], index: Index): { actor: string; name: string }[] {
	return [...new Set(claims.map((c) => c.actor))].map((actor) => ({
		actor,
		name: index.actors.get(actor)?.shortName ?? actor
	}));
}

/** A problem with a step's chart, for validation: where, and what to do. */
export class ChartProblem extends Error {}

/** The locale-aware pieces the charts need: the story's words, numbers and dates. */
export type ChartWords = Locale;

/** Words, numbers and dates the way the story's language writes them. */
export const chartWords = (language = 'en'): ChartWords => localeOf(language);

/** What a claim's label names: its claimant, or for a claimant who names no one, its report. */
export function sourceLabel(claim: Claim, index: Index, words: ChartWords = english): string {
	const claimant = index.claimants.get(claim.claimant);
	if (claimant && !claimant.namedBySource) return claimant.shortName;
	const sources = claim.sources.map((id) => index.sources.get(id)).filter((s) => !!s);
	const titled = sources.find((s) => s.shortTitle);
	if (titled?.shortTitle) return titled.shortTitle;
	const report = sources.find((s) => s.kind === 'report');
	if (report?.publisher) return report.publisher;
	if (report?.citedAs) return report.citedAs.replace(',', '');
	const article = sources.find((s) => s.kind === 'article');
	if (article?.publisher)
		return words.words.articleText(article.publisher.replace(/\s*\(.*\)$/, ''));
	return claimant?.shortName ?? claim.claimant;
}

/** The figure as a label says it: "at least 20" rather than "20+". */
export function figureWords(claim: Claim, words: ChartWords): string {
	if (claim.qualifier === 'at-least') return words.words.atLeast(words.number(claim.low));
	return formatFigure(claim, words);
}

/** A figure and what it counts, as a headline says it: "1 person killed", "dozens of rebels
 * killed", "12 horses of the army killed". */
export function countedFigure(claim: Claim, index: Index, words: ChartWords): string {
	if (claim.qualifier === 'dozens') return words.words.dozens(subjectOf(claim, index, words));
	// The subject names a noun unit itself ("horses of the army"): the figure goes bare.
	const figure = figureWords(claim.unitNoun ? { ...claim, unitNoun: undefined } : claim, words);
	// The words agree with the figure where it is one number ("1 person", "at least 1 person").
	return `${figure} ${subjectOf(claim, index, words, agreedCount(claim))}`;
}

/** What a row counts: "rebels killed", "horses of the army killed", "territory taken by the
 * army"; agreed with `count`. */
export function subjectOf(
	claim: Pick<Claim, 'actor' | 'measure'> & Partial<Pick<Claim, 'unitNoun'>>,
	index: Index,
	words: ChartWords = english,
	count?: number
): string {
	const actor = index.actors.get(claim.actor);
	// Mid-sentence, the actor's noun ("taken by pro-government fighters"), not its capitalised label.
	if (claim.measure === 'territory') return words.words.territoryTakenBy(actor?.noun);
	const unit = claim.unitNoun;
	const whose = unit && actor ? ` ${words.words.whose(actor.shortName)}` : '';
	const noun = unit
		? { plural: `${unit.plural}${whose}`, singular: `${unit.singular}${whose}` }
		: nounOf(actor);
	return words.words.counts(claim.measure, noun, count);
}

/** "Monitor 36"; "Gazette note 29: 104", where a name ending in a number would run into the figure. */
export const said = (who: string, figure: string, words: ChartWords = english) =>
	/\d$/.test(who) ? words.words.colon(who, figure) : `${who} ${figure}`;

/** Figures of one thing: same actor, measure, scope and unit. */
const rowKey = (c: Claim) => [c.actor, c.measure, c.scope, unitKey(c)].join('|');
const top = (c: Claim) => c.high ?? c.low;

/**
 * How far apart a row's claims are, from its exact figures only (a lower bound is no count):
 * the highest over the lowest, or undefined when fewer than two exact figures differ.
 */
export function spreadOf(claims: Claim[]): number | undefined {
	const exact = claims.filter((c) => !isOpenEnded(c));
	if (exact.length < 2) return undefined;
	const high = Math.max(...exact.map(top));
	const low = Math.min(...exact.map((c) => c.low));
	if (high === low) return undefined;
	return high / Math.max(low, 1);
}

/** Whether two or more claims of one row give different figures. */
export function isDisputed(claims: Claim[]): boolean {
	const figures = new Set(claims.map((c) => `${c.low}|${c.high}|${c.qualifier ?? ''}`));
	return claims.length > 1 && figures.size > 1;
}

/**
 * The gap between a row's claims in words: "6× apart", "16 or 20", "both agree", "both say 12"
 * (one number, given by some as an estimate), and "" for a row of one claim.
 */
export function gapWords(claims: Claim[], words: ChartWords): string {
	if (claims.length < 2) return '';
	if (!isDisputed(claims)) return words.words.agree(claims.length);
	const first = claims[0]!;
	// "about 12 or 12" would read as two figures: the labels carry the "about".
	if (
		claims.every(
			(c) =>
				(c.qualifier === undefined || c.qualifier === 'about') &&
				c.low === first.low &&
				c.high === first.high
		)
	)
		return words.words.sameNumber(
			claims.length,
			figureWords({ ...first, qualifier: undefined }, words)
		);
	const spread = spreadOf(claims);
	if (spread !== undefined && spread >= 2) return words.words.apart(Math.round(spread));
	if (claims.length === 2) return claims.map((c) => figureWords(c, words)).join(words.words.or);
	return words.words.figuresDiffer;
}

interface Built {
	claims: Claim[];
	highlighted: Set<string>;
}

/** A label set at `x` on the line at `y`, turned to fit inside the chart. */
function placeLabel(text: string, x: number, y: number, size: number, prefer: 'start' | 'end') {
	const width = textWidth(text, size);
	const left = FRAME.pad;
	const right = FRAME.width - FRAME.pad;
	let anchor = prefer;
	if (anchor === 'start' && x + width > right) anchor = 'end';
	if (anchor === 'end' && x - width < left) anchor = 'start';
	let at = x;
	if (anchor === 'start') at = Math.min(x, right - width);
	else at = Math.max(x, left + width);
	return { text, x: round(at), y: round(y), anchor, width: round(width) } satisfies ChartLabel;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A label too wide for the chart, split into two lines: before a bracket, after a comma, or
 * at the last space that fits. */
export function splitLabel(text: string, size: number = TYPE.label): [string, string?] {
	const room = FRAME.width - 2 * FRAME.pad;
	if (textWidth(text, size) <= room) return [text];
	const cuts = [text.lastIndexOf(' ('), text.lastIndexOf(', ') + 1].filter(
		(i) => i > 0 && textWidth(text.slice(0, i), size) <= room
	);
	let cut = Math.max(...cuts, -1);
	if (cut < 0) {
		cut = text.lastIndexOf(' ');
		while (cut > 0 && textWidth(text.slice(0, cut), size) > room)
			cut = text.lastIndexOf(' ', cut - 1);
	}
	if (cut <= 0) return [text];
	return [text.slice(0, cut).trimEnd(), text.slice(cut).trimStart()];
}

/** A label set from `x` on the line at `y`, on two lines when it must be; with the lines it
 * takes. Both lines start at one x, moved left only as far as the wider needs. */
function lineLabel(
	text: string,
	x: number,
	y: number,
	size: number
): { label: ChartLabel; lines: number } {
	const [first, rest] = splitLabel(text, size);
	const width = Math.max(...[first, rest ?? ''].map((t) => textWidth(t, size)));
	const at = Math.max(FRAME.pad, Math.min(x, FRAME.width - FRAME.pad - width));
	const label: ChartLabel = {
		text: first,
		x: round(at),
		y: round(y),
		anchor: 'start',
		width: round(width)
	};
	return rest ? { label: { ...label, more: rest }, lines: 2 } : { label, lines: 1 };
}

/** A scale from figures to chart units, across the plot. */
function scaleOf(max: number) {
	const left = FRAME.pad + 2;
	const right = FRAME.width - FRAME.pad - FRAME.arrow - 2;
	return (n: number) => round(left + (Math.min(n, max) / max) * (right - left));
}

/** Lays out one row of claims with its marks on the line at `y`; returns the row and its end. */
function layOutRow(
	list: Claim[],
	y: number,
	x: (n: number) => number,
	built: Built,
	index: Index,
	words: ChartWords,
	withGap = true
): { row: ChartRow; bottom: number } {
	const first = list[0]!;
	const gap = withGap ? gapWords(list, words) : '';
	const subject = capitalise(subjectOf(first, index, words));
	const laidTitle = lineLabel(gap ? `${subject} · ${gap}` : subject, FRAME.pad, y + 12, TYPE.title);
	const title = laidTitle.label;
	// A title on two lines pushes the row down by one.
	y += (laidTitle.lines - 1) * LINE.label;
	const track = y + LINE.title + LINE.track / 2;
	// Claimants who give the same figure share one mark, labelled with all their names.
	const byFigure = groupBy(
		[...list].sort((a, b) => a.low - b.low || top(a) - top(b)),
		(c) => `${c.low}|${c.high}|${c.qualifier ?? ''}`
	).map(([, same]) => same);
	const single = byFigure.length === 1;
	const marks: ChartMark[] = byFigure.map((same) => {
		const claim = same[0]!;
		const who = same.map((c) => sourceLabel(c, index, words)).join(', ');
		const open = isOpenEnded(claim);
		const range = !open && claim.high !== undefined && claim.high > claim.low;
		const shape = open ? 'open' : range ? 'range' : single ? 'bar' : 'point';
		const x0 = shape === 'bar' ? x(0) : x(claim.low);
		const x1 = shape === 'open' ? round(x(claim.low) + FRAME.arrow) : x(top(claim));
		const figure = figureWords(claim, words);
		const text = said(who, figure);
		return {
			claim: claim.id,
			actor: claim.actor,
			shape,
			x0,
			x1,
			y: track,
			label: placeLabel(text, 0, 0, TYPE.label, 'start'),
			name: words.words.colon(who, `${countedFigure(claim, index, words)}`),
			highlighted: built.highlighted.has(claim.id)
		};
	});
	// Labels beside the marks on the track where they fit; otherwise a line each, below.
	const base = track + 4;
	const fitsBeside = (() => {
		if (marks.length === 1) {
			const m = marks[0]!;
			return m.x1 + 6 + m.label.width <= FRAME.width - FRAME.pad;
		}
		if (marks.length === 2) {
			const [a, b] = marks as [ChartMark, ChartMark];
			return (
				a.x0 - 6 - a.label.width >= FRAME.pad && b.x1 + 6 + b.label.width <= FRAME.width - FRAME.pad
			);
		}
		return false;
	})();
	let bottom = y + LINE.title + LINE.track;
	marks.forEach((m, i) => {
		if (fitsBeside) {
			const before = marks.length === 2 && i === 0;
			m.label = placeLabel(
				m.label.text,
				before ? m.x0 - 6 : m.x1 + 6,
				base,
				TYPE.label,
				before ? 'end' : 'start'
			);
		} else {
			bottom += LINE.label;
			const laid = lineLabel(m.label.text, m.x0, bottom - 3, TYPE.label);
			m.label = laid.label;
			bottom += (laid.lines - 1) * LINE.label;
		}
	});
	return { row: { key: rowKey(first), actor: first.actor, title, marks }, bottom };
}

/** An axis under a panel: its line at `y`, its ticks labelled. */
function axisOf(
	max: number,
	ticks: number[],
	y: number,
	x: (n: number) => number,
	words: ChartWords
) {
	return { y: round(y), ticks: ticks.map((t) => ({ x: x(t), text: words.number(t) })) };
}

/** Groups claims by `key`, keeping the order in which each group first appears. */
function groupBy<T>(list: T[], key: (item: T) => string): [string, T[]][] {
	const groups = new Map<string, T[]>();
	for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return [...groups];
}

function reachOf(claims: Claim[]): number {
	return Math.max(1, ...claims.map(top));
}

/** Panels of rows, one per scope; the scopes a step compares share one scale and one axis. */
function rangePanels(
	built: Built,
	index: Index,
	words: ChartWords,
	compareScopes: boolean
): { panels: ChartPanel[]; bottom: number; split: boolean } {
	let y = 0;
	const panels: ChartPanel[] = [];
	// Forces and losses never share an axis; nor do scopes, unless the step compares them.
	const family = (c: Claim) => (c.measure === 'strength' ? 'strength' : 'losses');
	const groups = groupBy(built.claims, (c) =>
		[family(c), unitKey(c), compareScopes ? '' : c.scope].join('|')
	);
	// Panels read side by side share one scale, unless their figures differ more than tenfold.
	const reaches = groups.map(([, list]) => reachOf(list));
	const shared = Math.max(...reaches) <= 10 * Math.min(...reaches);
	for (const [key, claims] of groups) {
		const axis = niceAxis(shared ? Math.max(...reaches) : reachOf(claims), 3);
		const x = scaleOf(axis.max);
		// Scopes the step compares share this scale, each under its own title, with one axis
		// under them all: rows of one subject in two scopes would otherwise look alike.
		const parts = compareScopes
			? groupBy(claims, (c) => c.scope)
			: [[claims[0]!.scope, claims] as [string, Claim[]]];
		// One panel needs no title: the chart's note names its scope.
		const titled = compareScopes ? parts.length > 1 : groups.length > 1;
		const laidOut: ChartPanel[] = [];
		for (const [scope, list] of parts) {
			const laidTitle = titled
				? lineLabel(capitalise(scope), FRAME.pad, y + 11, TYPE.panel)
				: undefined;
			if (laidTitle) y += LINE.panel + (laidTitle.lines - 1) * LINE.label;
			const rows: ChartRow[] = [];
			for (const [, row] of groupBy(list, rowKey)) {
				const laid = layOutRow(row, y, x, built, index, words);
				rows.push(laid.row);
				y = laid.bottom;
			}
			const partKey = parts.length > 1 ? `${key}|${scope}` : key;
			laidOut.push({ key: partKey, title: laidTitle?.label, rows });
		}
		// Bars of single figures carry their own numbers; an axis is for reading positions.
		const bars = laidOut.every((p) => p.rows.every((r) => r.marks.every((m) => m.shape === 'bar')));
		if (!bars) {
			laidOut.at(-1)!.axis = axisOf(axis.max, axis.ticks, y + 2, x, words);
			y += LINE.axis;
		}
		panels.push(...laidOut);
		y += LINE.gap;
	}
	return { panels, bottom: y - LINE.gap, split: !shared && groups.length > 1 };
}

/** A running count: one actor's figure at successive dates, as a step line. */
function runningCount(
	built: Built,
	index: Index,
	words: ChartWords
): { panels: ChartPanel[]; bottom: number } {
	const claims = built.claims;
	const first = claims[0]!;
	const title = placeLabel(
		capitalise(subjectOf(first, index, words)),
		FRAME.pad,
		12,
		TYPE.title,
		'start'
	);
	const plotTop = LINE.title + 14;
	const plotHeight = 90;
	const max = niceAxis(reachOf(claims), 3).max;
	const left = FRAME.pad + 24;
	const right = FRAME.width - FRAME.pad - 24;
	const step = claims.length > 1 ? (right - left) / (claims.length - 1) : 0;
	const yOf = (n: number) => round(plotTop + plotHeight - (n / max) * plotHeight);
	const points = claims.map((c, i) => ({
		c,
		x: round(claims.length > 1 ? left + i * step : (left + right) / 2),
		y: yOf(top(c))
	}));
	let d = '';
	points.forEach((p, i) => {
		d += i === 0 ? `M${p.x},${p.y}` : `H${p.x}V${p.y}`;
	});
	const baseline = plotTop + plotHeight;
	const marks: ChartMark[] = points.map((p) => {
		const figure = figureWords(p.c, words);
		return {
			claim: p.c.id,
			actor: p.c.actor,
			shape: 'point',
			x0: p.x,
			x1: p.x,
			y: p.y,
			label: centred(figure, p.x, p.y - 8, TYPE.label),
			name: words.words.colon(
				sourceLabel(p.c, index, words),
				`${countedFigure(p.c, index, words)}, ${p.c.scope}`
			),
			highlighted: built.highlighted.has(p.c.id)
		};
	});
	const ticks: ChartTick[] = points.map((p) => ({ x: p.x, text: shortScope(p.c.scope) }));
	return {
		panels: [
			{
				key: 'running-count',
				rows: [{ key: rowKey(first), actor: first.actor, title, marks, line: d }],
				axis: { y: round(baseline + 2), ticks }
			}
		],
		bottom: baseline + LINE.axis
	};
}

/** The last words of a scope that say when ("by 4 August 2014" → "4 August"). */
function shortScope(scope: string): string {
	const match = /(\d{1,2} [A-Z][a-z]+)(?: \d{4})?\s*$/.exec(scope);
	return match?.[1] ?? scope;
}

function centred(text: string, x: number, y: number, size: number): ChartLabel {
	const width = textWidth(text, size);
	const at = Math.min(Math.max(x - width / 2, FRAME.pad), FRAME.width - FRAME.pad - width);
	return { text, x: round(at), y: round(y), anchor: 'start', width: round(width) };
}

/** A composition: a sum drawn as a stack of its parts, beside the claims it is set against. */
function composition(
	built: Built,
	total: Claim,
	parts: Claim[],
	index: Index,
	words: ChartWords
): { panels: ChartPanel[]; bottom: number } {
	const others = built.claims.filter((c) => c.id !== total.id && !parts.includes(c));
	const all = [total, ...parts, ...others];
	const axis = niceAxis(
		Math.max(
			reachOf(all),
			parts.reduce((s, c) => s + top(c), 0)
		),
		3
	);
	const x = scaleOf(axis.max);
	let y = 0;
	const rows: ChartRow[] = [];
	// The sum: its own label, then a stack of its parts, each labelled on a line of its own.
	const laidTitle = lineLabel(
		words.words.colon(sourceLabel(total, index, words), `${countedFigure(total, index, words)}`),
		FRAME.pad,
		y + 12,
		TYPE.title
	);
	const title = laidTitle.label;
	y += (laidTitle.lines - 1) * LINE.label;
	const track = y + LINE.title + LINE.track / 2;
	let sum = 0;
	let bottom = y + LINE.title + LINE.track;
	const marks: ChartMark[] = parts.map((p) => {
		const x0 = x(sum);
		sum += top(p);
		const x1 = x(sum);
		bottom += LINE.label;
		const text = `${said(sourceLabel(p, index, words), figureWords(p, words))} (${p.scope})`;
		const laid = lineLabel(text, x0, bottom - 3, TYPE.label);
		bottom += (laid.lines - 1) * LINE.label;
		return {
			claim: p.id,
			actor: p.actor,
			shape: 'part',
			x0,
			x1,
			y: track,
			label: laid.label,
			name: words.words.colon(
				sourceLabel(p, index, words),
				`${countedFigure(p, index, words)}, ${p.scope}`
			),
			highlighted: true
		};
	});
	marks.push({
		claim: total.id,
		actor: total.actor,
		shape: 'open',
		x0: x(total.low),
		x1: x(total.low) + FRAME.arrow,
		y: track,
		// The row's title already names the sum and its claimant: the mark's button covers that
		// line rather than drawing the figure a second time over the stack.
		label: { ...title, text: '', more: undefined },
		name: words.words.colon(
			sourceLabel(total, index, words),
			`${countedFigure(total, index, words)}`
		),
		highlighted: true
	});
	rows.push({ key: rowKey(total), actor: total.actor, title, marks });
	y = bottom;
	for (const [, list] of groupBy(others, rowKey)) {
		const laid = layOutRow(list, y, x, built, index, words, false);
		rows.push(laid.row);
		y = laid.bottom;
	}
	return {
		panels: [{ key: 'composition', rows, axis: axisOf(axis.max, axis.ticks, y + 2, x, words) }],
		bottom: y + LINE.axis
	};
}

/** The claims a step's chart shows: its own, and the other claims of the same figures. */
export function claimsShown(section: Pick<Section, 'steps'>, at: number, index: Index): Built {
	const step = section.steps[at]!;
	const highlighted = step.graphic?.claims ?? [...new Set([...step.claims, ...step.about])];
	const introduced = new Set(section.steps.slice(0, at + 1).flatMap((s) => s.claims));
	const lit = highlighted.map((id) => index.claims.get(id)).filter((c) => !!c);
	const keys = new Set(lit.map(rowKey));
	const context = [...introduced]
		.map((id) => index.claims.get(id))
		.filter((c): c is Claim => !!c && keys.has(rowKey(c)) && !highlighted.includes(c.id));
	// Context goes with its row: keep the order of first appearance of each row's claims.
	const order = [...lit, ...context];
	return { claims: order, highlighted: new Set(highlighted) };
}

const resolve = (ids: string[], index: Index, path: string): Claim[] =>
	ids.map((id, i) => {
		const claim = index.claims.get(id);
		if (!claim) throw new ChartProblem(`${path}[${i}]: unknown claim "${id}"`);
		return claim;
	});

/**
 * The chart of step `at` of a section, or undefined when the step shows no figures (its
 * graphic is then the map). Throws a ChartProblem naming the step when its chart cannot be
 * drawn as asked or would not fit the smallest frame.
 */
export function stepChartOf(
	section: Pick<Section, 'steps' | 'title'>,
	at: number,
	index: Index,
	words: ChartWords = chartWords(),
	path = `steps[${at}]`,
	/** Whether the chart must fit the sticky frame; a chart in the flow may be taller. */
	sticky = true
): StepChart | undefined {
	const step: Step = section.steps[at]!;
	const asked = step.graphic;
	const kind = asked?.kind ?? 'auto';
	if (kind === 'map') return undefined;
	let built = claimsShown(section, at, index);
	let laid: { panels: ChartPanel[]; bottom: number; split?: boolean };
	let chartKind: ChartKind = 'ranges';
	if (kind === 'running-count') {
		const series = resolve(asked?.series ?? [], index, `${path}.graphic.series`);
		if (series.length < 2)
			throw new ChartProblem(`${path}.graphic.series: a running count needs at least two claims`);
		const first = series[0]!;
		series.forEach((c, i) => {
			if (c.actor !== first.actor || c.measure !== first.measure || unitKey(c) !== unitKey(first))
				throw new ChartProblem(
					`${path}.graphic.series[${i}]: a running count follows one actor and measure; "${c.id}" counts ${c.actor} ${c.measure}, not ${first.actor} ${first.measure}`
				);
		});
		built = { claims: series, highlighted: built.highlighted };
		laid = runningCount(built, index, words);
		chartKind = 'running-count';
	} else if (kind === 'composition') {
		if (!asked?.total)
			throw new ChartProblem(
				`${path}.graphic.total: a composition needs the claim that is the sum`
			);
		const [total] = resolve([asked.total], index, `${path}.graphic.total`);
		const parts = resolve(asked.parts ?? [], index, `${path}.graphic.parts`);
		if (parts.length < 2)
			throw new ChartProblem(
				`${path}.graphic.parts: a composition needs at least two parts that are claims`
			);
		parts.forEach((p, i) => {
			if (p.measure !== total!.measure || p.unit !== total!.unit)
				throw new ChartProblem(
					`${path}.graphic.parts[${i}]: part "${p.id}" counts ${p.measure}, but the sum counts ${total!.measure}`
				);
		});
		// Set against the sum: the other claims of the same figure (the step's other figures are
		// in the section's complete set).
		const extra = [...index.claims.values()].filter(
			(c) =>
				c.id !== total!.id &&
				rowKey(c) === rowKey(total!) &&
				(built.highlighted.has(c.id) || built.claims.includes(c))
		);
		built = { claims: [total!, ...parts, ...extra], highlighted: built.highlighted };
		laid = composition(built, total!, parts, index, words);
		chartKind = 'composition';
	} else {
		if (built.claims.length === 0) {
			if (kind !== 'auto')
				throw new ChartProblem(
					`${path}.graphic.kind: a ${kind} chart needs claims; the step has none`
				);
			return undefined;
		}
		if (kind === 'comparison') {
			const claimants = new Set(built.claims.map((c) => c.claimant));
			if (claimants.size !== 2)
				throw new ChartProblem(
					`${path}.graphic.kind: a comparison sets two claimants side by side; the step's claims have ${claimants.size}`
				);
			chartKind = 'comparison';
		}
		laid = rangePanels(built, index, words, asked?.compareScopes ?? false);
	}
	const headline = asked?.headline ?? derivedHeadline(built.claims, index, words);
	const scopes = [...new Set(built.claims.map((c) => c.scope))];
	const note =
		asked?.note ??
		(asked?.compareScopes
			? words.words.scopesShareAxis
			: laid.split
				? words.words.panelsOwnScale
				: laid.panels.length === 1 && scopes.length === 1
					? capitalise(scopes[0]!)
					: undefined);
	const chart: StepChart = {
		kind: chartKind,
		headline,
		note,
		width: FRAME.width,
		height: Math.ceil(laid.bottom),
		panels: laid.panels,
		claims: built.claims.map((c) => c.id),
		actors: [...new Set(built.claims.map((c) => c.actor))],
		keys: keysOf(built.claims, index)
	};
	if (sticky && chart.height > FRAME.maxHeight) {
		const title = step.title ? ` "${step.title}"` : '';
		throw new ChartProblem(
			`${path}${title}: its chart needs ${chart.height} units of height for ${groupBy(built.claims, rowKey).length} rows, more than the ${FRAME.maxHeight} that fit a 360×640 phone; split the step, or group its figures`
		);
	}
	// A derived headline is made of the figures; one the story wrote must keep to them.
	const stray = asked?.headline ? strayNumbers(asked.headline, built.claims, words) : [];
	if (stray.length > 0)
		throw new ChartProblem(
			`${path}.graphic.headline: the headline names ${stray.join(', ')}, which is neither a figure the chart shows nor computed from them`
		);
	return chart;
}

/**
 * A headline from the figures alone: who said what for the widest dispute, else the figures.
 * It calls figures disputed only when claims of one figure differ.
 */
export function derivedHeadline(claims: Claim[], index: Index, words: ChartWords): string {
	const rows = groupBy(claims, rowKey).map(([, list]) => list);
	const disputed = rows.filter(isDisputed).sort((a, b) => (spreadOf(b) ?? 1) - (spreadOf(a) ?? 1));
	const saidBy = (c: Claim) => said(sourceLabel(c, index, words), figureWords(c, words), words);
	if (disputed[0]) {
		const list = disputed[0];
		const subject = capitalise(subjectOf(list[0]!, index, words));
		// Claimants go in the headline by name. A figure in an article's own voice does not: its
		// label (a report's title) would read as a second headline. Nor does a name ending in a
		// number, which would read as a figure.
		const named = (c: Claim) =>
			index.claimants.get(c.claimant)?.namedBySource !== true &&
			!/\d$/.test(sourceLabel(c, index, words));
		if (list.length <= 3 && list.every(named))
			return words.words.colon(subject, list.map(saidBy).join(', '));
		return words.words.colon(subject, list.map((c) => figureWords(c, words)).join(words.words.or));
	}
	const agreed = rows.find((list) => list.length > 1);
	if (agreed && rows.length === 1)
		return words.words.agreeOn(
			capitalise(subjectOf(agreed[0]!, index, words)),
			words.list(agreed.map((c) => sourceLabel(c, index, words))),
			figureWords(agreed[0]!, words)
		);
	// One thing counted in different scopes: said once ("Rebels killed: 29 and 11"), not
	// once per figure.
	const subjects = new Set(rows.map((list) => subjectOf(list[0]!, index, words)));
	if (rows.length > 1 && rows.length <= 3 && subjects.size === 1)
		return words.words.colon(
			capitalise([...subjects][0]!),
			words.list(rows.map((list) => figureWords(list[0]!, words)))
		);
	const parts = rows.slice(0, 3).map((list) => countedFigure(list[0]!, index, words));
	const more = rows.length > 3 ? words.words.moreFigures(rows.length - 3) : '';
	return capitalise(parts.join(', ')) + more;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for the month names of a language, for dates in its text. */
const monthPattern = (words: ChartWords) => words.months.map(escape).join('|');

/** Numbers in a line of text, leaving out dates in the story's language ("3 August", "May
 * 2015", "3 août", "1er mai 2015", "2014"). */
export function numbersIn(text: string, words: ChartWords = english): number[] {
	const months = monthPattern(words);
	const plain = text
		.replace(new RegExp(`\\b\\d{1,2}(?:er)?(?:–\\d{1,2})? (?:${months})(?![\\p{L}])`, 'giu'), '')
		.replace(new RegExp(`(?<![\\p{L}])(?:${months}) \\d{4}\\b`, 'giu'), '')
		.replace(/\b(1[89]|20)\d{2}(?:–\d{2,4})?\b/g, '');
	// Numbers as the language writes them ("1,500", "1 500", "1,5"); "1st" is a name, not a figure.
	const group = words.number(1000).replace(/\d/g, '');
	const decimal = words.number(1.5).replace(/\d/g, '');
	const groups = /^\s$/u.test(group) ? '[\\s\\u00a0\\u202f]' : escape(group);
	const figure = new RegExp(
		`\\b\\d+(?:${groups}\\d{3}(?!\\d))*(?:${escape(decimal)}\\d+)?\\b`,
		'gu'
	);
	return [...plain.matchAll(figure)].map((m) =>
		Number(m[0].replace(new RegExp(groups, 'gu'), '').replace(decimal, '.'))
	);
}

/** Numbers a headline may name: the figures, and ratios, differences and sums of them. */
export function numbersFrom(claims: Claim[]): Set<number> {
	const figures = claims.flatMap((c) => [c.low, c.high, c.outOf].filter((n) => n !== undefined));
	const allowed = new Set<number>(figures);
	const exact = claims.filter((c) => !isOpenEnded(c)).flatMap((c) => [c.low, top(c)]);
	for (const a of exact)
		for (const b of exact) {
			allowed.add(Math.abs(a - b));
			if (b > 0 && a >= b) {
				const r = a / b;
				allowed.add(Math.round(r));
				allowed.add(Math.round(r * 10) / 10);
			}
		}
	allowed.add(claims.reduce((s, c) => s + top(c), 0));
	allowed.add(claims.length);
	return allowed;
}

/** Numbers in a headline that the chart's claims do not account for. */
export function strayNumbers(
	headline: string,
	claims: Claim[],
	words: ChartWords = english
): number[] {
	const allowed = numbersFrom(claims);
	return numbersIn(headline, words).filter((n) => !allowed.has(n));
}

/** The box a mark's button covers: the mark and its label where they share a line, else the
 * label's own line (so no button reaches over another's label); at least 24 units tall. */
export function buttonBox(mark: Pick<ChartMark, 'x0' | 'x1' | 'y' | 'label'>) {
	const { label } = mark;
	const labelLeft = label.anchor === 'start' ? label.x : label.x - label.width;
	const beside = Math.abs(label.y - 4 - mark.y) < 1;
	const left = Math.max(0, beside ? Math.min(mark.x0 - 6, labelLeft - 2) : labelLeft - 2);
	const right = Math.min(
		FRAME.width,
		beside ? Math.max(mark.x1 + 6, labelLeft + label.width + 2) : labelLeft + label.width + 2
	);
	const top = beside ? Math.min(mark.y - 7, label.y - 11) : label.y - 11;
	const bottom = label.y + 3 + (label.more ? LINE.label : 0);
	const height = Math.max(bottom - top, 24);
	return {
		x: round(left),
		y: round(top - (height - (bottom - top)) / 2),
		width: round(right - left),
		height: round(height)
	};
}
