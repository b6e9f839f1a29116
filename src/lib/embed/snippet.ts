/**
 * A chapter's (or one step's) embed as a publisher gets it: its address, title, the height
 * its layout gives, and the snippet. Used by the chapter page's panel and by oEmbed.
 */
import { sectionGraphicsOf } from '../charts/section-graphics';
import { chapterMapOf } from '../map/chapter-map';
import { localeOf } from '../locale';
import { stepAnchor } from '../scrolly/position';
import { formatStoryDate } from '../story/dates';
import { indexStory } from '../story/derive';
import type { Section, Story } from '../story/schema';
import { snippetHeight } from './layout';
import { embedSnippet, embedTarget } from './messages';
import { embedPlanOf } from './plan';

export interface EmbedOffer {
	url: string;
	id: string;
	title: string;
	height: number;
	html: string;
}

/** The embed of `chapter`, or of its step `only` (0-based). */
export function embedOf(story: Story, chapter: Section, only?: number): EmbedOffer {
	const index = indexStory(story);
	const locale = localeOf(story.meta.language);
	const graphics = sectionGraphicsOf(chapter, index, { words: locale });
	const map = graphics.map ? chapterMapOf(chapter, index, story.map, undefined, locale) : undefined;
	const height = snippetHeight(embedPlanOf(chapter, graphics, map, only));
	const { url, id } = embedTarget(
		story.meta.siteUrl,
		chapter.slug,
		only === undefined ? undefined : only + 1
	);
	const step = only === undefined ? undefined : chapter.steps[only];
	const title = step
		? `${step.title ?? formatStoryDate(step.date)} — ${chapter.title} — ${story.meta.title}`
		: `${chapter.title} — ${story.meta.title}`;
	return { url, id, title, height, html: embedSnippet(url, title, id, height, only === undefined) };
}

/** oEmbed (https://oembed.com) for an embed: a `rich` type whose html is the snippet. */
export function oembedOf(story: Story, offer: EmbedOffer) {
	return {
		version: '1.0',
		type: 'rich',
		title: offer.title,
		provider_name: story.meta.title,
		provider_url: `${story.meta.siteUrl}/`,
		author_name: story.meta.byline,
		html: offer.html,
		width: 640,
		height: offer.height
	};
}

/** A step's still image, as the embed panel lists it. */
export interface StepImage {
	/** 1-based step number. */
	n: number;
	/** The step's name: its title, or its date. */
	name: string;
	/** Where the PNG is. */
	url: string;
	/** What the image says on top. */
	headline: string;
	/** The image in words, for its `alt`. */
	alt: string;
	/** Who made it, and where it is from. */
	credit: string;
	/** The step in the piece. */
	link: string;
}

/** The still image of each step of `chapter` that has a graphic, in step order. */
export function stepImagesOf(story: Story, chapter: Section): StepImage[] {
	const index = indexStory(story);
	const locale = localeOf(story.meta.language);
	const graphics = sectionGraphicsOf(chapter, index, { words: locale });
	const map = graphics.map ? chapterMapOf(chapter, index, story.map, undefined, locale) : undefined;
	const out: StepImage[] = [];
	chapter.steps.forEach((step, i) => {
		const shows = graphics.steps[i];
		const link = `${story.meta.siteUrl}/${chapter.slug}/#${stepAnchor(chapter.slug, i)}`;
		const credit = `${story.meta.byline}, “${chapter.title}”, ${story.meta.title}. ${link}`;
		const name = step.title ?? formatStoryDate(step.date);
		const base = {
			n: i + 1,
			name,
			url: `${story.meta.siteUrl}/embed/${chapter.slug}/${i + 1}.png`
		};
		if (shows?.kind === 'chart') {
			const marks = shows.chart.panels.flatMap((p) => p.rows.flatMap((r) => r.marks));
			const headline = shows.chart.headline;
			out.push({
				...base,
				headline,
				alt: `Chart. ${headline}. ${marks.map((m) => m.name).join('; ')}.`,
				credit,
				link
			});
		} else if (shows?.kind === 'map' && map) {
			const named = map.states[i]?.marks.filter((m) => m.role === 'named').map((m) => m.name);
			const headline = `${formatStoryDate(step.date)}: ${step.title ?? map.title}`;
			out.push({
				...base,
				headline,
				alt: `Map. ${map.title}.${named?.length ? ` Marked: ${named.join(', ')}.` : ''}`,
				credit,
				link
			});
		}
	});
	return out;
}
