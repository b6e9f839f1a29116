/** What a page needs besides the story: its menu, endnotes and the sections it tells. */
import { indexStory, sectionsInOrder, sourceNumbers, type Index } from './derive';
import { localeOf } from '../locale';
import type { Meta, Section, Source, Story } from './schema';

export interface PageParts {
	index: Index;
	notes: Map<string, number>;
	/** Sources cited on the page, in endnote order. */
	cited: Source[];
	menu: { href: string; title: string; current?: boolean }[];
}

export function pageParts(story: Story, sections: Section[], currentSlug?: string): PageParts {
	const index = indexStory(story);
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
