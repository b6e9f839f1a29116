/** What a page needs besides the story: its menu, endnotes, the sections it tells and the lookups they use. */
import { indexStory, sectionsInOrder, sourceNumbers, type Index } from './derive';
import { sectionMentions } from './mentions';
import { localeOf } from '../locale';
import type { Claim, Meta, Section, Source, Story } from './schema';

export interface PageParts {
	/** Lookups of only what the page draws (`pageLookups`). */
	index: Index;
	notes: Map<string, number>;
	/** Sources cited on the page, in endnote order. */
	cited: Source[];
	menu: { href: string; title: string; current?: boolean }[];
}

/**
 * The lookups a page of these sections needs, and nothing else of the story: the claims it
 * draws (`claims`), the actors those claims are of and its text names, their claimants, the
 * places its steps and map name, and the sources its steps and claims cite.
 */
export function pageLookups(story: Story, sections: Section[], claims: Claim[]): Index {
	const drawn = new Set(claims.map((c) => c.id));
	const kept = story.claims.filter((c) => drawn.has(c.id));
	const steps = sections.flatMap((s) => s.steps);
	const named = sections.flatMap((s) =>
		sectionMentions(s, story.actors).flatMap((step) => step.flat().map((seg) => seg.actor))
	);
	const actors = new Set([
		...kept.map((c) => c.actor),
		...steps.flatMap((s) => s.actors),
		...named
	]);
	const places = new Set([...story.map.anchors, ...steps.flatMap((s) => s.places)]);
	const sources = new Set([...steps.flatMap((s) => s.sources), ...kept.flatMap((c) => c.sources)]);
	const claimants = new Set(kept.map((c) => c.claimant));
	const byId = <T extends { id: string }>(list: T[], ids: Set<string | undefined>) =>
		new Map(list.filter((x) => ids.has(x.id)).map((x) => [x.id, x]));
	return {
		actors: byId(story.actors, actors),
		claimants: byId(story.claimants, claimants),
		places: byId(story.places, places),
		sources: byId(story.sources, sources),
		claims: new Map(kept.map((c) => [c.id, c]))
	};
}

/** A page of `sections` that draws `claims` (every claim of the story unless told). */
export function pageParts(
	story: Story,
	sections: Section[],
	currentSlug?: string,
	claims: Claim[] = story.claims
): PageParts {
	const index = pageLookups(story, sections, claims);
	const notes = sourceNumbers(sections, index.claims);
	const cited = [...notes.keys()].map((id) => index.sources.get(id)).filter((s) => s !== undefined);
	const { words } = localeOf(story.meta.language);
	return {
		index,
		notes,
		cited,
		menu: [
			{ href: '/', title: words.wholeStory, current: currentSlug === undefined },
			...story.chapters.map((c, i) => ({
				href: `/${c.slug}/`,
				title: `${i + 1}. ${c.title}`,
				current: c.slug === currentSlug
			})),
			{ href: '/sources/', title: words.methodsAndSources, current: currentSlug === 'sources' }
		]
	};
}

/** A ready citation: byline, title (and the piece it is part of), date last updated, URL. */
export function citationOf(
	meta: Pick<Meta, 'byline' | 'title' | 'updated'> & { language?: string },
	url: string,
	chapter?: string
): string {
	const locale = localeOf(meta.language);
	const title = chapter ? locale.words.partOf(chapter, meta.title) : `${meta.title}`;
	return `${meta.byline}. ${title}. ${locale.words.lastUpdated(locale.date(meta.updated))}. ${url}`;
}

/** The sources each section draws on, in order of first citation, for the bibliography. */
export function bibliography(story: Story): { section: Section; sources: Source[] }[] {
	const index = indexStory(story);
	return sectionsInOrder(story).map((section) => ({
		section,
		sources: [...sourceNumbers([section], index.claims).keys()]
			.map((id) => index.sources.get(id))
			.filter((s) => s !== undefined)
	}));
}

/** The longest piece title a chapter's kicker carries before it is cut, in characters. */
export const KICKER_TITLE = 40;

/** A line cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clampText(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The piece's title where space is short: its `shortTitle`, else the title cut to fit. */
export function shortTitleOf(meta: Pick<Meta, 'title' | 'shortTitle'>, max = KICKER_TITLE): string {
	return meta.shortTitle ?? clampText(meta.title, max);
}
