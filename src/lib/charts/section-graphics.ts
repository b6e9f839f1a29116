/**
 * What the sticky graphic of a section shows at each of its steps, decided at build time: the
 * step's own chart, the section's map, or the overview of every dispute. The page's script
 * only switches to the graphic a step names.
 */
import type { Index } from '../story/derive';
import type { Claim, Section } from '../story/schema';
import {
	ChartProblem,
	chartWords,
	countedFigure,
	FRAME,
	gapWords,
	isDisputed,
	sourceLabel,
	spreadOf,
	stepChartOf,
	subjectOf,
	figureWords,
	TYPE,
	keysOf,
	said,
	type ChartMark,
	type ChartRow,
	type ChartWords,
	type StepChart
} from './step-chart';
import { niceAxis } from './rows';
import { parseStoryDate } from '../story/dates';
import { unitKey } from '../story/figures';
import { figureWords as proseFigureWords, sectionFigures } from '../story/figure-mentions';
import { sectionMentions, type Segment } from '../story/mentions';
import { textWidth } from '../text/width';
import { capitalise } from './text';

/** What one step's graphic is: a chart of its own, the map, the overview, or nothing. */
export type StepShows =
	| { kind: 'chart'; figure: string; chart: StepChart }
	| { kind: 'map'; figure: string }
	| { kind: 'overview'; figure: string }
	| { kind: 'none' };

export interface SectionGraphics {
	/** Per step, what it shows. */
	steps: StepShows[];
	/** Whether any step shows the map. */
	map: boolean;
	/** The overview chart, when the section shows one. */
	overview?: StepChart;
}

/** The id of a figure in a section's graphic, unique on a page. */
export const figureId = (slug: string, name: string) => `${slug}-${name}`;

/**
 * Each step's graphic: its chart when it has figures, else the map when the section has places
 * (or the overview, in the section that closes the story), else the graphic before it.
 */
export function sectionGraphicsOf(
	section: Section,
	index: Index,
	options: { overview?: Claim[]; words?: ChartWords; path?: string } = {}
): SectionGraphics {
	const words = options.words ?? chartWords();
	const hasPlaces = section.steps.some((s) => s.places.length > 0);
	const overview = options.overview ? overviewChartOf(options.overview, index, words) : undefined;
	const steps: StepShows[] = [];
	section.steps.forEach((step, i) => {
		const chart = stepChartOf(section, i, index, words, `${options.path ?? 'steps'}[${i}]`);
		if (chart)
			steps.push({ kind: 'chart', figure: figureId(section.slug, `step-${i + 1}`), chart });
		else if (hasPlaces && (step.places.length > 0 || !overview))
			steps.push({ kind: 'map', figure: figureId(section.slug, 'map') });
		else if (overview) steps.push({ kind: 'overview', figure: figureId(section.slug, 'overview') });
		else steps.push(steps[i - 1] ?? { kind: 'none' });
	});
	// A step before any graphic takes the first one after it.
	const firstShown = steps.find((s) => s.kind !== 'none');
	const filled = steps.map((s) => (s.kind === 'none' && firstShown ? firstShown : s));
	return { steps: filled, map: filled.some((s) => s.kind === 'map'), overview };
}

/** Every problem the story's step charts have, for validation. */
export function chartProblems(
	sections: { path: string; section: Section }[],
	index: Index,
	words?: ChartWords
): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	for (const { path, section } of sections)
		section.steps.forEach((_, i) => {
			try {
				stepChartOf(section, i, index, words, `${path}.steps[${i}]`);
			} catch (error) {
				if (!(error instanceof ChartProblem)) throw error;
				const [where, ...what] = error.message.split(': ');
				problems.push({ path: where ?? path, message: what.join(': ') });
			}
		});
	return problems;
}

/** Rows of one figure where claimants differ, widest comparable spread first. */
export function disputesOf(claims: Claim[]): Claim[][] {
	const rows = new Map<string, Claim[]>();
	for (const c of claims) {
		const key = [c.chapter, c.actor, c.measure, c.scope, unitKey(c)].join('|');
		rows.set(key, [...(rows.get(key) ?? []), c]);
	}
	// A spread between lower bounds is no spread: those rows come last, unranked.
	return [...rows.values()]
		.filter(isDisputed)
		.sort((a, b) => (spreadOf(b) ?? 0) - (spreadOf(a) ?? 0));
}

/**
 * The overview of every dispute: one row each, its own scale, who said what, ordered by how far
 * apart the comparable claims are. As many rows as fit the frame; the rest are in its table.
 */
export function overviewChartOf(claims: Claim[], index: Index, words: ChartWords): StepChart {
	const disputes = disputesOf(claims);
	const rows: ChartRow[] = [];
	let y = 0;
	let shown: Claim[] = [];
	for (const list of disputes) {
		const height = 14 + 16 + 16 + (list.length > 2 ? list.length * 15 : 0);
		if (y + height > FRAME.maxHeight) break;
		const axis = niceAxis(Math.max(1, ...list.map((c) => c.high ?? c.low)), 3);
		const left = FRAME.pad + 2;
		const right = FRAME.width - FRAME.pad - FRAME.arrow - 2;
		const x = (n: number) =>
			Math.round((left + (Math.min(n, axis.max) / axis.max) * (right - left)) * 10) / 10;
		const sorted = [...list].sort((a, b) => a.low - b.low);
		// What the row counts, then where and when on a line of its own, so neither is cut.
		const titleLabel = fit(
			`${capitalise(subjectOf(sorted[0]!, index, words))} · ${gapWords(sorted, words)}`,
			FRAME.pad,
			y + 12,
			TYPE.title
		);
		const scope = fit(capitalise(sorted[0]!.scope), FRAME.pad, y + 26, TYPE.panel);
		y += 14;
		const track = y + 16 + 8;
		let bottom = y + 32;
		const marks: ChartMark[] = sorted.map((c, i) => {
			const open = c.high === undefined;
			const x0 = x(c.low);
			const x1 = open ? x0 + FRAME.arrow : x(c.high ?? c.low);
			const text = said(sourceLabel(c, index, words), figureWords(c, words));
			let label;
			if (sorted.length === 2 && i === 0 && x0 - 6 - textWidth(text, TYPE.label) >= FRAME.pad)
				label = {
					text,
					x: x0 - 6,
					y: track + 4,
					anchor: 'end' as const,
					width: textWidth(text, TYPE.label)
				};
			else if (
				sorted.length === 2 &&
				i === 1 &&
				x1 + 6 + textWidth(text, TYPE.label) <= FRAME.width - FRAME.pad
			)
				label = {
					text,
					x: x1 + 6,
					y: track + 4,
					anchor: 'start' as const,
					width: textWidth(text, TYPE.label)
				};
			else {
				bottom += 15;
				label = fit(text, x0, bottom - 3, TYPE.label);
			}
			return {
				claim: c.id,
				actor: c.actor,
				shape: open ? 'open' : (c.high ?? c.low) > c.low ? 'range' : 'point',
				x0,
				x1,
				y: track,
				label,
				name: words.words.colon(
					sourceLabel(c, index, words),
					`${countedFigure(c, index, words)}, ${c.scope}`
				),
				highlighted: true
			};
		});
		if (y + (bottom - y) > FRAME.maxHeight) break;
		rows.push({ key: sorted[0]!.id, actor: sorted[0]!.actor, title: titleLabel, scope, marks });
		shown = [...shown, ...sorted];
		y = bottom + 6;
	}
	const left = disputes.length - rows.length;
	return {
		kind: 'ranges',
		headline: disputes.length === 0 ? words.words.noDispute : words.words.disputes(disputes.length),
		note: left > 0 ? words.words.ownScaleSome(rows.length, disputes.length) : words.words.ownScale,
		width: FRAME.width,
		height: Math.ceil(y),
		panels: [{ key: 'overview', rows }],
		claims: disputes.flat().map((c) => c.id),
		actors: [...new Set(shown.map((c) => c.actor))],
		keys: keysOf(shown, index)
	};
}

function fit(text: string, x: number, y: number, size: number) {
	const width = textWidth(text, size);
	const at = Math.max(FRAME.pad, Math.min(x, FRAME.width - FRAME.pad - width));
	return { text, x: Math.round(at * 10) / 10, y, anchor: 'start' as const, width };
}

/**
 * The forces a chapter's figures are set against: its own strength figures, and those given for
 * a whole period that overlaps the chapter's (a whole offensive), each labelled with its scope.
 */
export function forcesOf(section: Pick<Section, 'slug' | 'period'>, claims: Claim[]): Claim[] {
	const period = section.period ? parseStoryDate(section.period) : undefined;
	return claims.filter((c) => {
		if (c.measure !== 'strength') return false;
		if (c.chapter === section.slug) return true;
		const span = parseStoryDate(c.date);
		return (
			!!period &&
			!!span &&
			c.date.includes('/') &&
			span.start <= period.end &&
			period.start <= span.end
		);
	});
}

/** The chart of a chapter's forces, or undefined when the story gives none in its scope. */
export function forcesChartOf(
	section: Pick<Section, 'slug' | 'period' | 'title'>,
	claims: Claim[],
	index: Index,
	words: ChartWords = chartWords()
): StepChart | undefined {
	const forces = forcesOf(section, claims);
	if (forces.length === 0) return undefined;
	const step = {
		graphic: { kind: 'auto' as const, headline: words.words.forcesHeadline },
		date: section.period ?? '',
		text: '',
		places: [],
		actors: [],
		about: [],
		sources: [],
		claims: forces.map((c) => c.id)
	};
	// Laid out in the chapter's opening, in the flow: it need not fit the sticky frame.
	return stepChartOf({ title: section.title, steps: [step] }, 0, index, words, section.slug, false);
}

/** The claims a section's steps name: those they introduce, are about, or ask their graphics for. */
export function claimsNamed(section: Pick<Section, 'steps'>): string[] {
	return section.steps.flatMap((s) => [
		...s.claims,
		...s.about,
		...(s.graphic?.claims ?? []),
		...(s.graphic?.series ?? []),
		...(s.graphic?.total ? [s.graphic.total] : []),
		...(s.graphic?.parts ?? [])
	]);
}

/** Every claim a section's page draws, for its citations: its own, those its steps take up from
 * elsewhere, and the forces it is set against. */
export function claimsDrawn(section: Section, claims: Claim[]): Claim[] {
	const ids = new Set([...claimsNamed(section), ...forcesOf(section, claims).map((c) => c.id)]);
	return claims.filter((c) => c.chapter === section.slug || ids.has(c.id));
}

/**
 * A section's paragraphs as its steps print them: actors' first mentions link to the glossary,
 * and the figures each step's graphic draws open their citations. One rule for page and embed.
 */
export function stepParagraphs(
	section: Section,
	graphics: SectionGraphics,
	index: Index,
	language: string
): Segment[][][] {
	return sectionFigures(
		sectionMentions(section, index.actors.values()),
		claimsDrawnBySteps(graphics),
		index,
		proseFigureWords(language)
	);
}

/** Per step, the claims its graphic draws (none for the map). */
export function claimsDrawnBySteps(graphics: SectionGraphics): string[][] {
	return graphics.steps.map((s) =>
		s.kind === 'chart'
			? s.chart.claims
			: s.kind === 'overview'
				? (graphics.overview?.claims ?? [])
				: []
	);
}
