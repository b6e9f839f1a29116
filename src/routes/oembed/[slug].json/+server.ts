import { error, json } from '@sveltejs/kit';
import { embedOf, oembedOf } from '$lib/embed/snippet';
import { story } from '$lib/server/story';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => story.chapters.map((c) => ({ slug: c.slug }));

/** oEmbed for a chapter's embed. */
export const GET = ({ params }) => {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	if (!chapter) error(404, `There is no chapter called “${params.slug}”.`);
	return json(oembedOf(story, embedOf(story, chapter)));
};
