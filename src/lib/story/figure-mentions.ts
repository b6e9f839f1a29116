/**
 * Finds the figures a step's prose states that its graphic draws ("29 blue soldiers", "6
 * to 7", "40+"), so each can be a control in the text that opens the claim's citation and
 * lights its mark. Pure: the build runs it once per step; the page only carries the result.
 */
import type { Index } from './derive';
import { MEASURE_PHRASES } from './figures';
import type { Segment } from './mentions';

/** A claim the step's graphic draws, with what the prose may call its actor. */
export interface DrawnFigure {
	id: string;
	low: number;
	high?: number | undefined;
	/** Names of the claim's actor as the prose may write them (name, short name, noun). */
	names: string[];
	/** The words that follow a count of its measure ("killed"). */
	measure?: string;
}

/** How a language writes figures in running text. */
export interface FigureWords {
	/** The thousands separator ("," in English). */
	group: string;
	/** What joins the two ends of a range: "6 to 7", "between 50 and 170", "6–7". */
	joiners: string[];
	/** Month names: a number next to one is a date, never a figure. */
	months: string[];
}

/** English, with the separator and months of `language` from Intl. */
export function figureWords(language = 'en'): FigureWords {
	const group =
		new Intl.NumberFormat(language).formatToParts(1000).find((p) => p.type === 'group')?.value ??
		',';
	const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
	const months = Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2000, m, 15)));
	return { group, joiners: [' to ', ' and ', '–', '-'], months };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One figure the prose states: where it is, and the numbers it says. */
interface Stated {
	at: number;
	text: string;
	low: number;
	high?: number;
	/** Written open at the top ("20+"). */
	open?: boolean;
}

/** Every number (or range of two) in a paragraph that is not part of a date. */
function statedFigures(text: string, words: FigureWords): Stated[] {
	const g = escape(words.group);
	const num = `\\d{1,3}(?:${g}\\d{3})+|\\d+`;
	const joiners = words.joiners.map(escape).join('|');
	const months = words.months.map(escape).join('|');
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}${g}.])(${num})(?:(${joiners})(${num}))?(\\+)?(?![\\p{N}]|${g}\\d)`,
		'gu'
	);
	const value = (s: string) => Number(s.split(words.group).join(''));
	const isDate = (start: number, end: number) =>
		new RegExp(`^\\s+(?:${months})\\b`, 'u').test(text.slice(end)) ||
		new RegExp(`\\b(?:${months})\\s+$`, 'u').test(text.slice(0, start));
	const found: Stated[] = [];
	for (const m of text.matchAll(pattern)) {
		const [whole, a, joiner, b, plus] = m;
		const at = m.index;
		if (isDate(at, at + whole.length)) continue;
		if (joiner && b) {
			found.push({ at, text: whole, low: value(a!), high: value(b) });
			// Kept as two figures too, in case no claim is the range (see figureMentions).
			const second = at + whole.length - b.length - (plus?.length ?? 0);
			found.push({ at, text: a!, low: value(a!) });
			found.push({ at: second, text: b + (plus ?? ''), low: value(b) });
		} else found.push({ at, text: whole, low: value(a!), open: !!plus });
	}
	return found;
}

/** Whether a stated figure is the claim's: its one figure, its range, or its open lower end. */
function says(stated: Stated, claim: DrawnFigure): boolean {
	if (stated.high !== undefined) return claim.low === stated.low && claim.high === stated.high;
	if (stated.open) return claim.low === stated.low && claim.high === undefined;
	return claim.low === stated.low && (claim.high === undefined || claim.high === claim.low);
}

/**
 * How well a figure fits a claim: the words after it name the claim's actor (4) or its measure
 * (2); a plain figure fits an exact claim better than an open one (1).
 */
function fit(stated: Stated, after: string, claim: DrawnFigure): number {
	const words = after.toLowerCase();
	const named = claim.names.some((n) => n.length > 1 && words.includes(n.toLowerCase()));
	const measured = !!claim.measure && words.includes(claim.measure.toLowerCase());
	const exact = !stated.open && claim.high !== undefined;
	return (named ? 4 : 0) + (measured ? 2 : 0) + (exact ? 1 : 0);
}

/**
 * Splits the plain runs of one step's paragraphs further, marking each figure its graphic draws
 * with the claim it states. A claim is marked once, at its first figure; where two drawn claims
 * state the same number, the words after it (up to the next figure or the sentence's end) pick
 * the one whose actor or measure they name, then the earlier in `drawn`.
 */
export function markFigures(
	paragraphs: Segment[][],
	drawn: DrawnFigure[],
	words: FigureWords = figureWords()
): Segment[][] {
	if (drawn.length === 0) return paragraphs;
	const used = new Set<string>();
	return paragraphs.map((segments) => {
		const text = segments.map((s) => s.text).join('');
		const stated = statedFigures(text, words);
		const picks: { at: number; end: number; claim: string }[] = [];
		for (const [i, figure] of stated.entries()) {
			const end = figure.at + figure.text.length;
			if (picks.some((p) => figure.at < p.end && end > p.at)) continue;
			const candidates = drawn.filter((c) => !used.has(c.id) && says(figure, c));
			if (candidates.length === 0) continue;
			const next = stated.slice(i + 1).find((s) => s.at >= end)?.at ?? text.length;
			const after = text.slice(end, next).split(/[.;!?]/)[0] ?? '';
			const best = candidates.reduce((a, b) =>
				fit(figure, after, b) > fit(figure, after, a) ? b : a
			);
			used.add(best.id);
			picks.push({ at: figure.at, end, claim: best.id });
		}
		return picks.length === 0 ? segments : splitAt(segments, picks);
	});
}

/** Cuts a paragraph's segments at the figures, keeping actor mentions whole. */
function splitAt(segments: Segment[], picks: { at: number; end: number; claim: string }[]) {
	const out: Segment[] = [];
	let offset = 0;
	for (const segment of segments) {
		const start = offset;
		offset += segment.text.length;
		const inside = picks.filter((p) => p.at >= start && p.end <= offset);
		if (segment.actor || inside.length === 0) {
			out.push(segment);
			continue;
		}
		let at = start;
		for (const pick of inside.sort((a, b) => a.at - b.at)) {
			if (pick.at > at) out.push({ text: segment.text.slice(at - start, pick.at - start) });
			out.push({ text: segment.text.slice(pick.at - start, pick.end - start), claim: pick.claim });
			at = pick.end;
		}
		if (at < offset) out.push({ text: segment.text.slice(at - start) });
	}
	return out;
}

/** The claims `ids` as the prose may state them, with their actors' names and measure words. */
export function drawnFigures(ids: string[], index: Index): DrawnFigure[] {
	return ids.flatMap((id) => {
		const claim = index.claims.get(id);
		if (!claim) return [];
		const actor = index.actors.get(claim.actor);
		return [
			{
				id,
				low: claim.low,
				high: claim.high,
				names: actor ? [actor.name, actor.shortName, actor.noun] : [],
				measure: MEASURE_PHRASES[claim.measure]
			}
		];
	});
}

/** A section's paragraphs with, in each step, the figures its graphic draws marked. */
export function sectionFigures(
	mentions: Segment[][][],
	drawn: string[][],
	index: Index,
	words: FigureWords = figureWords()
): Segment[][][] {
	return mentions.map((step, i) => markFigures(step, drawnFigures(drawn[i] ?? [], index), words));
}
