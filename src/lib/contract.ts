/**
 * The contract between the prerendered page and its script: every data-* attribute both sides
 * use, with helpers that write them (components) and read them back (src/lib/reader). A name
 * changes here or nowhere.
 */

/** A step of a section. */
export const STEP = {
	attr: 'data-step',
	section: 'data-section',
	index: 'data-index',
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
	name: 'data-name'
} as const;

/** A claim's mark (its button and its drawing) and an actor's mark anywhere on the page. */
export const MARK = {
	claim: 'data-claim',
	drawing: 'data-mark',
	actor: 'data-actor',
	/** Set by the build: the step's own claims. */
	lit: 'data-lit',
	/** The step's own, or picked by the reader. */
	highlighted: 'data-highlighted'
} as const;

/** What a step says of itself: what it introduces, is about, where it is set, what it shows. */
export interface StepData {
	id: string;
	section: string;
	index: number;
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
		[STEP.index]: step.index,
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
		index: Number(el.getAttribute(STEP.index)),
		claims: ids(el.getAttribute(STEP.claims)),
		about: ids(el.getAttribute(STEP.about)),
		places: ids(el.getAttribute(STEP.places)),
		shows: el.getAttribute(STEP.shows) ?? ''
	};
}

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
