/**
 * The compact embed's layout, in one place: the measures its styles use, an estimate of its
 * height at a given width (for the snippet's `height`, at build time), and the small geometry
 * its script needs inside a host page (where the graphic stays in view, which step is on the
 * trigger line, where a citation opens). Pure, so each rule is unit-tested.
 */
import { textWidth } from '../text/width';

/** Measures of the compact embed, in CSS px. The page's styles read them from here. */
export const EMBED = {
	/** The column never grows wider than this, so its height barely changes past a phone. */
	column: 416,
	/** The page's padding on each side. */
	pad: 8,
	/** Padding inside a step's card, each side, and its left rule. */
	cardPad: 14,
	/** Body and heading type, with line heights. */
	text: { size: 17, line: 27.2 },
	title: { size: 25.6, line: 30.7 },
	date: { size: 14, line: 22.4 },
	stepTitle: { size: 17, line: 27.2 },
	headline: { size: 15, line: 18.75 },
	note: { size: 13, line: 16.9 },
	/** A chart's drawing is at most this wide. */
	chart: 384,
	/** The folded text's toggle, and the card's chrome (padding, border, gaps) without text. */
	toggle: 26,
	card: 34,
	/** The space between steps, and the figure's own padding. */
	gap: 16,
	figure: 20,
	/** A chart's key of actors, one line. */
	keys: 24,
	/** A map's caption (key and the toggle of its places). */
	mapCaption: 22,
	/** The credit line and the toggle of the sources under the steps. */
	foot: 72,
	/** Under a host page's viewport: how much of it the graphic takes, and where steps trigger. */
	stage: 0.55,
	stageMin: 240,
	stageMax: 520,
	trigger: 0.8
} as const;

/** What a step's graphic takes up, known at build time. */
export type GraphicBox =
	| { kind: 'chart'; width: number; height: number; headline: string; note?: string; keys: number }
	| { kind: 'map'; width: number; height: number }
	| { kind: 'none' };

/** Everything the embed's height depends on. */
export interface EmbedPlan {
	title: string;
	/** The title set small, over a single step, rather than as the embed's heading. */
	kicker?: boolean;
	period?: string;
	summary?: string;
	steps: {
		/** The step's date as printed, and its title. */
		date: string;
		title?: string;
		/** Its text, when shown open (a single-step embed); folded text takes only its toggle. */
		text?: string[];
		graphic: GraphicBox;
	}[];
}

/** How many lines `text` takes at `size` px in a line `width` px wide. */
export function linesOf(text: string, size: number, width: number): number {
	if (!text) return 0;
	// textWidth measures a wide bold face; the page's faces run about a fifth narrower.
	const words = text.split(/\s+/).filter(Boolean);
	let lines = 1;
	let used = 0;
	const space = textWidth(' ', size) * 0.8;
	for (const word of words) {
		const w = textWidth(word, size) * 0.8;
		if (used > 0 && used + space + w > width) {
			lines += 1;
			used = w;
		} else used += (used > 0 ? space : 0) + w;
	}
	return lines;
}

/** The column's width inside a frame `frame` px wide. */
export const columnOf = (frame: number) => Math.min(EMBED.column, frame) - 2 * EMBED.pad;

/** How tall a step's graphic is drawn in a column `column` px wide. */
export function graphicHeight(graphic: GraphicBox, column: number): number {
	if (graphic.kind === 'none') return 0;
	const inner = column - EMBED.pad * 2;
	const drawn = Math.min(inner, graphic.kind === 'chart' ? EMBED.chart : inner);
	const drawing = (drawn * graphic.height) / graphic.width;
	if (graphic.kind === 'map') return drawing + EMBED.mapCaption + EMBED.figure;
	return (
		drawing +
		linesOf(graphic.headline, EMBED.headline.size, inner) * EMBED.headline.line +
		(graphic.note ? linesOf(graphic.note, EMBED.note.size, inner) * EMBED.note.line : 0) +
		(graphic.keys > 0 ? EMBED.keys : 0) +
		EMBED.figure
	);
}

/** The embed's estimated height, in px, in a frame `frame` px wide. */
export function embedHeight(plan: EmbedPlan, frame: number): number {
	const column = columnOf(frame);
	const card = column - 2 * EMBED.cardPad;
	let height =
		EMBED.pad +
		(plan.kicker
			? linesOf(plan.title, EMBED.date.size, column) * EMBED.date.line
			: linesOf(plan.title, EMBED.title.size, column) * EMBED.title.line) +
		(plan.period ? EMBED.date.line : 0) +
		(plan.summary ? linesOf(plan.summary, EMBED.text.size, column) * EMBED.text.line + 8 : 0) +
		EMBED.gap;
	for (const step of plan.steps) {
		const text = step.text
			? step.text.reduce((h, p) => h + linesOf(p, EMBED.text.size, card) * EMBED.text.line + 10, 0)
			: EMBED.toggle;
		height +=
			EMBED.card +
			EMBED.date.line +
			(step.title ? linesOf(step.title, EMBED.stepTitle.size, card) * EMBED.stepTitle.line : 0) +
			text +
			graphicHeight(step.graphic, column) +
			EMBED.gap;
	}
	return Math.ceil(height + EMBED.foot);
}

/** The frames a snippet's height is chosen for: a phone and a desktop article column. */
export const SNIPPET_FRAMES = [390, 640] as const;

/** The snippet's starting height: between the phone's and the column's, rounded up to 10 px. */
export function snippetHeight(plan: EmbedPlan): number {
	const [phone, column] = SNIPPET_FRAMES.map((w) => embedHeight(plan, w)) as [number, number];
	return Math.ceil((phone + column) / 2 / 10) * 10;
}

/** Where the host page's viewport lies over the frame, from pym's `viewport-iframe-position`. */
export interface HostView {
	/** The host viewport's height. */
	height: number;
	/** The frame's top edge, in the host viewport (negative once scrolled past). */
	top: number;
}

/**
 * The graphic's box in scroll-driven mode: its height, and its offset from the top of the box
 * the steps are in (`steps`, frame px), so that it stays at the top of the host's viewport
 * while the steps pass, and never leaves their box.
 */
export function stageOf(
	view: HostView,
	steps: { top: number; height: number }
): { height: number; y: number } {
	const height = Math.round(
		Math.min(EMBED.stageMax, Math.max(EMBED.stageMin, view.height * EMBED.stage))
	);
	const y = Math.max(0, Math.min(steps.height - height, -view.top - steps.top));
	return { height, y: Math.round(y) };
}

/** The step on the trigger line: the last whose top, in frame px, is above it; 0 before any. */
export function activeStepOf(tops: number[], view: HostView): number {
	const line = view.height * EMBED.trigger - view.top;
	let active = 0;
	tops.forEach((top, i) => {
		if (top <= line) active = i;
	});
	return active;
}

/**
 * Where a popover `height` px tall opens next to what was tapped (`anchor`, frame px), inside
 * the part of the frame the reader can see (`visible`, frame px): below it if it fits, else
 * above, else as near as the visible part allows. Returns its top, in frame px.
 */
export function placeNear(
	anchor: { top: number; bottom: number },
	height: number,
	visible: { top: number; bottom: number },
	gap = 6
): number {
	const below = anchor.bottom + gap;
	if (below + height <= visible.bottom) return Math.round(below);
	const above = anchor.top - gap - height;
	if (above >= visible.top) return Math.round(above);
	return Math.round(Math.max(visible.top, Math.min(below, visible.bottom - height)));
}
