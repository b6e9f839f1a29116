/** Pure derivations from a validated story: ids, lookups and what each step shows. */
import type {
	Actor,
	Chapter,
	Claim,
	Claimant,
	Place,
	Section,
	Source,
	Step,
	Story
} from './schema';

/** The stable id of a step: `<slug>-<n>`, `n` its position from 1, used as its anchor. */
export function stepId(slug: string, position: number): string {
	return `${slug}-${position + 1}`;
}

/** Opening, chapters and closing, in reading order. */
export function sectionsInOrder(story: Pick<Story, 'opening' | 'chapters' | 'closing'>): Section[] {
	return [story.opening, ...story.chapters, story.closing];
}

/** The story's lookups by id (a page's hold only what it draws: story/page.ts `pageLookups`). */
export interface Index {
	actors: Map<string, Actor>;
	claimants: Map<string, Claimant>;
	places: Map<string, Place>;
	sources: Map<string, Source>;
	claims: Map<string, Claim>;
}

export function indexStory(story: Story): Index {
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
	return {
		actors: byId(story.actors),
		claimants: byId(story.claimants),
		places: byId(story.places),
		sources: byId(story.sources),
		claims: byId(story.claims)
	};
}

/** What the graphics show while step `active` (0-based) of a section is the reader's focus. */
export interface StepState {
	/** Claims introduced so far in this section, in the order they were introduced. */
	visible: string[];
	/** Claims this step introduces or is about. */
	highlighted: string[];
	/** Places of this step. */
	places: string[];
	/** Places of earlier steps of the section, shown faded. */
	earlierPlaces: string[];
}

export function claimsForStep(
	steps: Pick<Step, 'claims' | 'about' | 'places'>[],
	active: number
): StepState {
	const upTo = steps.slice(0, Math.max(0, active + 1));
	const current = steps[active];
	const visible = upTo.flatMap((s) => s.claims);
	const highlighted = current ? [...new Set([...current.claims, ...current.about])] : [];
	const places = current ? [...current.places] : [];
	const earlierPlaces = [...new Set(upTo.slice(0, -1).flatMap((s) => s.places))].filter(
		(p) => !places.includes(p)
	);
	return { visible, highlighted, places, earlierPlaces };
}

/** The final state of a section: every claim shown, none highlighted. What no-JS readers see. */
export function finalState(steps: Pick<Step, 'claims' | 'about' | 'places'>[]): StepState {
	return {
		visible: steps.flatMap((s) => s.claims),
		highlighted: [],
		places: [...new Set(steps.flatMap((s) => s.places))],
		earlierPlaces: []
	};
}

/** Claims belonging to a section, in the order its steps introduce them. */
export function claimsOfSection(section: Section, index: Index): Claim[] {
	return section.steps.flatMap((s) =>
		s.claims.map((id) => index.claims.get(id)).filter((c) => c !== undefined)
	);
}

/** Paragraphs of a step's text. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** The chapter before and after a chapter, for "previous/next" links. */
export function neighbours(story: Story, slug: string): { previous?: Chapter; next?: Chapter } {
	const i = story.chapters.findIndex((c) => c.slug === slug);
	return { previous: story.chapters[i - 1], next: i >= 0 ? story.chapters[i + 1] : undefined };
}

/** The story for `/data/story.json`: as validated, with step ids and the claims' figures spelled out. */
export function storyForData(story: Story) {
	const withIds = (section: Section) => ({
		...section,
		steps: section.steps.map((step, i) => ({ id: stepId(section.slug, i), ...step }))
	});
	return {
		...story,
		opening: withIds(story.opening),
		chapters: story.chapters.map(withIds),
		closing: withIds(story.closing)
	};
}

/** Numbers the sources cited by these sections in order of first citation, for endnotes. */
export function sourceNumbers(
	sections: Section[],
	claims: Map<string, Claim>
): Map<string, number> {
	const numbers = new Map<string, number>();
	const note = (id: string) => {
		if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	};
	for (const section of sections)
		for (const step of section.steps) {
			step.sources.forEach(note);
			for (const id of step.claims) claims.get(id)?.sources.forEach(note);
		}
	return numbers;
}
