import { error, json } from '@sveltejs/kit';
import { embedOf, oembedOf } from '$lib/embed/snippet';
import { story } from '$lib/server/story';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** One per step of every chapter, `n` counted from 1. */
export const entries: EntryGenerator = () =>
	story.chapters.flatMap((c) => c.steps.map((_, i) => ({ slug: c.slug, n: String(i + 1) })));

/** oEmbed for one step's embed. */
export const GET = ({ params }) => {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	const n = Number(params.n);
	if (!chapter || !/^\d+$/.test(params.n) || n < 1 || n > chapter.steps.length)
		error(404, `There is no step “${params.n}” in “${params.slug}”.`);
	return json(oembedOf(story, embedOf(story, chapter, n - 1)));
};
