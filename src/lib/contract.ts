/**
 * The contract between the prerendered page and its script: every data-* attribute and class
 * both sides use, with helpers that write them (components) and read them back
 * (src/lib/reader). A name changes here or nowhere; tests/unit/contract.test.ts checks that the
 * script names no data-* attribute this module does not declare.
 */

/** The page as a whole. */
export const PAGE = {
	/** The class on `<html>` while the script runs (the styles' `html.js`). */
	scripted: 'js',
	/** A section of the story (chapter, opening or closing): its slug. Public contract. */
	chapter: 'data-chapter',
	/** The reading-progress bar's fill. */
	progress: 'data-progress',
	/** The chapter menu. */
	menu: 'data-menu',
	/** A section's sticky graphic (its frame, in the steps' column). */
	graphic: 'data-graphic',
	/** The custom property that gives the trigger line, as a fraction of the viewport's height. */
	trigger: '--trigger'
} as const;

/** The embed's page and its script (src/lib/embed/entry.ts). */
export const EMBED_ATTR = {
	/** The embed's root; its chapter is on PAGE.chapter. */
	root: 'data-embed',
	/** The column of steps. */
	steps: 'data-embed-steps',
	/** A step's graphic in the flow. */
	figure: 'data-embed-figure',
	/** On `<html>` while a pym parent drives the steps from the host's scroll. */
	scrolly: 'data-scrolly',
	/** On `<html>`: the reader's or host's `?theme=`, `light` or `dark`. */
	theme: 'data-theme'
} as const;

/** A chart or map figure: its kind (`strength`, `casualties`, `overview`, `map`). Public contract. */
export const CHART = { attr: 'data-chart', map: 'map' } as const;

/** A claim's citation, a popover: the claim's id. */
export const CITATION = { attr: 'data-citation' } as const;

/** The page's small actions (reader/actions.ts). */
export const ACTION = {
	/** On a copy button: the text it copies. */
	copy: 'data-copy',
	/** On a copy button: its status line once copied ("Link copied."), in the story's language. */
	copied: 'data-copied',
	/** On a copy button: its status line when the browser could not copy. */
	copyFailed: 'data-copy-failed',
	/** On a share button: the URL it shares. */
	share: 'data-share',
	/** On a share button: the title it shares. */
	shareTitle: 'data-share-title',
	/** What a share button replaces where the browser can share. */
	shareFallback: 'data-share-fallback',
	/** A text area whose text is selected when it takes focus. */
	selectAll: 'data-select-all'
} as const;

/** A step of a section. */
export const STEP = {
	/** The step's id (its anchor). Public contract, with `active` and `aria-current="step"`. */
	attr: 'data-step',
	section: 'data-section',
	/** Its position in its section, from 0. */
	position: 'data-position',
	active: 'data-active',
	highlighted: 'data-highlighted',
	claims: 'data-claims',
	about: 'data-about',
	places: 'data-places',
	/** The figure of the section's graphic the step shows. */
	shows: 'data-shows'
} as const;

/** A figure of a section's sticky graphic, and whether it is the one in view. */
export const FIGURE = {
	attr: 'data-figure',
	current: 'data-current',
	stage: 'data-stage',
	/** What the figure is called (its headline, or the map's title), said when it comes into view. */
	name: 'data-name',
	/** Set by the reader on a hidden figure: `now` while the browser lays it out ahead of its
	 * step, `done` once it has. */
	warm: 'data-warm'
} as const;

/** A part of a story page (a step, a sticky graphic, a chapter's head, the back matter) that
 * the browser skips while it is far from the viewport (app.css), so the page's first layout
 * holds only its first screen. The reader's script lays each out in idle time and takes the
 * attribute off (reader/warm.ts); without the script the browser draws each as it comes near. */
export const DEFER = { attr: 'data-defer' } as const;

/** The attributes of a part that is skipped while far from the viewport (`on`), or of one that
 * is always drawn. */
export function deferAttributes(on = true): Record<string, string> {
	return on ? { [DEFER.attr]: '' } : {};
}

/** A claim's mark (its button and its drawing) and an actor's mark anywhere on the page. */
export const MARK = {
	/** On a claim's button: its id. Public contract. */
	claim: 'data-claim',
	drawing: 'data-mark',
	/** The actor a mark (or key, row, line) is of. Public contract. */
	actor: 'data-actor',
	/** Set by the build: the step's own claims. */
	lit: 'data-lit',
	/** The step's own, or picked by the reader. Public contract. */
	highlighted: 'data-highlighted',
	/** On a claim's label in a chart: the claim's id. */
	label: 'data-label'
} as const;

/** The attributes of a claim's mark: its drawing, or the button over it that opens its citation. */
export function markAttributes(
	mark: { claim: string; actor: string; highlighted: boolean },
	as: 'drawing' | 'button'
): Record<string, string> {
	const lit = encodeFlag(mark.highlighted);
	return {
		[as === 'button' ? MARK.claim : MARK.drawing]: mark.claim,
		[MARK.actor]: mark.actor,
		[MARK.lit]: lit,
		[MARK.highlighted]: lit
	};
}

/** What a step says of itself: what it introduces, is about, where it is set, what it shows. */
export interface StepData {
	id: string;
	section: string;
	position: number;
	claims: string[];
	about: string[];
	places: string[];
	shows: string;
}

const list = (ids: string[]) => ids.join(' ');
const ids = (text: string | null | undefined) => (text ?? '').split(' ').filter(Boolean);

/** The attributes a step is prerendered with. */
export function stepAttributes(step: StepData): Record<string, string | number> {
	return {
		[STEP.attr]: step.id,
		[STEP.section]: step.section,
		[STEP.position]: step.position,
		[STEP.active]: 'false',
		[STEP.highlighted]: 'false',
		[STEP.claims]: list(step.claims),
		[STEP.about]: list(step.about),
		[STEP.places]: list(step.places),
		[STEP.shows]: step.shows
	};
}

/** A step as the page wrote it. */
export function readStep(el: Element): StepData {
	return {
		id: el.getAttribute(STEP.attr) ?? '',
		section: el.getAttribute(STEP.section) ?? '',
		position: Number(el.getAttribute(STEP.position)),
		claims: ids(el.getAttribute(STEP.claims)),
		about: ids(el.getAttribute(STEP.about)),
		places: ids(el.getAttribute(STEP.places)),
		shows: el.getAttribute(STEP.shows) ?? ''
	};
}

/**
 * Parts the browser tests (and a host page's scripts) find by name, which the page's script does
 * not read. The names a host page may rely on are the ones marked "Public contract" above.
 */
export const FOUND = {
	/** A row of a chart's table of figures: its claim's id. */
	claimRow: 'data-claim-row',
	/** The opening's lead map, and each chapter's mark on it (the chapter's slug). */
	leadMap: 'data-lead-map',
	leadMark: 'data-lead-mark',
	/** A chapter map's inset locator. */
	inset: 'data-inset',
	/** An item of the chapter's "Embed this" panel: its step's number, from 1. */
	embedOffer: 'data-embed-offer',
	/** In that item: the link to the step's still image, its alt text and its credit. */
	stepImage: 'data-step-image',
	imageAlt: 'data-image-alt',
	imageCredit: 'data-image-credit',
	/** A source in the methods page's bibliography: its id. */
	source: 'data-source'
} as const;

/** A button that picks an actor, highlighting it in every chart and on the map. */
export const PICK = { actor: 'data-pick-actor' } as const;

/** A figure in a step's text that the step's graphic draws: a button that opens its claim's
 * citation (a native popover, no script needed) and, with the script, lights the claim's mark. */
export const CITES = {
	claim: 'data-cites',
	/** On a claim's mark while a figure in the text that states it has focus or is hovered. */
	cited: 'data-cited'
} as const;

/**
 * The page's one polite live region, and the build-time words it says: a figure's name is on
 * the figure (`FIGURE.name`); `{name}` in the phrases is an actor or place.
 */
export const ANNOUNCE = {
	attr: 'data-announce',
	picked: 'data-said-picked',
	cleared: 'data-said-cleared'
} as const;

/**
 * Where the sticky graphic would leave the text too little room (a short or very narrow
 * viewport), it folds to one line: a button naming the figure in view, which opens it.
 */
export const FOLD = {
	button: 'data-fold',
	/** Inside the button: the name of the figure in view, kept up by the page's script. */
	name: 'data-fold-name',
	/** On the graphic while it is unfolded. */
	open: 'data-open'
} as const;

/**
 * What a chapter's map (ChapterMap.svelte and its layers) and the page's script (reader/map.ts)
 * share: the attribute names, and how their values are written and read.
 */
export const MAP_ATTR = {
	/** On the map's svg. */
	svg: 'data-map',
	/** On the group of base layers the states zoom (its transform is the shown state's zoom). */
	base: 'data-map-base',
	/** On a state's group (live in the svg, or inside a `<template>`): its step, -1 the final. */
	state: 'data-map-state',
	/** On a state's group: the zoom of the base layers, as written by `encodeZoom`. */
	zoom: 'data-zoom',
	/** On a place's group of marks: the place's id. Public contract. */
	place: 'data-place',
	/** On a place's tap target. */
	hit: 'data-hit',
	/** On a label: the id of its place. */
	label: 'data-label',
	/** On a place's group and its label: `named`, `earlier` or `anchor`. */
	role: 'data-role',
	/** On a place's group, label and list item: whether it is lit. Public contract. */
	highlighted: 'data-highlighted',
	/** On an item of the list of places: its place's id. */
	item: 'data-place-item',
	/** On the map's figure: what a tap target does, in the story's language, for its name. */
	hitName: 'data-hit-name'
} as const;

/** How the base layers are zoomed: x' = k·x + tx, y' = k·y + ty. */
export interface Zoom {
	tx: number;
	ty: number;
	k: number;
}

export function encodeZoom(z: Zoom): string {
	const r = (n: number) => String(Math.round(n * 1000) / 1000);
	return `${r(z.tx)} ${r(z.ty)} ${r(z.k)}`;
}

export function decodeZoom(text: string | null | undefined): Zoom {
	const [tx = 0, ty = 0, k = 1] = (text ?? '').split(' ').map(Number);
	return { tx: tx || 0, ty: ty || 0, k: k || 1 };
}

/** The zoom as an SVG transform attribute. */
export function zoomTransform(z: Zoom): string {
	return `translate(${z.tx} ${z.ty}) scale(${z.k})`;
}

/** The zoom as a CSS transform (SVG user units), which can be animated. */
export function zoomStyle(z: Zoom): string {
	return `translate(${z.tx}px, ${z.ty}px) scale(${z.k})`;
}

export function encodeStep(step: number): string {
	return String(step);
}

export function decodeStep(text: string | null | undefined): number {
	const n = Number(text);
	return Number.isInteger(n) && text !== '' && text != null ? n : -1;
}

export function encodeFlag(on: boolean): 'true' | 'false' {
	return on ? 'true' : 'false';
}
