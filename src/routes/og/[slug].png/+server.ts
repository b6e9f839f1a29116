import { error } from '@sveltejs/kit';
import { story } from '$lib/server/story';
import { previewPng, previewSvg } from '$lib/server/preview';
import { localeOf } from '$lib/locale';
import { previewClaims } from '$lib/charts/preview-rows';
import { indexStory } from '$lib/story/derive';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** One preview per chapter, and `index` for the whole piece. */
export const entries: EntryGenerator = () => [
	{ slug: 'index' },
	...story.chapters.map((c) => ({ slug: c.slug }))
];

export const GET = ({ params }) => {
	const { actors } = indexStory(story);
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	if (!chapter && params.slug !== 'index') error(404, 'No such preview');
	const svg = previewSvg({
		site: story.meta.title,
		title: chapter ? chapter.title : story.meta.title,
		subtitle: chapter ? localeOf(story.meta.language).date(chapter.period) : story.meta.dek,
		claims: previewClaims(story, chapter?.slug),
		actors,
		sides: story.sides,
		locale: localeOf(story.meta.language)
	});
	return new Response(previewPng(svg) as BodyInit, { headers: { 'content-type': 'image/png' } });
};
