import { error, json } from '@sveltejs/kit';
import { embedSnippet, embedTarget, initialEmbedHeight } from '$lib/embed/messages';
import { story } from '$lib/server/story';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => story.chapters.map((c) => ({ slug: c.slug }));

/** oEmbed (https://oembed.com) for a chapter: a `rich` embed whose html is the snippet. */
export const GET = ({ params }) => {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	if (!chapter) error(404, `There is no chapter called “${params.slug}”.`);
	const { url, id } = embedTarget(story.meta.siteUrl, chapter.slug);
	const title = `${chapter.title} — ${story.meta.title}`;
	const height = initialEmbedHeight(chapter.steps.length);
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: story.meta.title,
		provider_url: `${story.meta.siteUrl}/`,
		author_name: story.meta.byline,
		html: embedSnippet(url, title, id, height),
		width: 640,
		height
	});
};
