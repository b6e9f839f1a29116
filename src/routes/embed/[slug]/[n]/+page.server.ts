import { error } from '@sveltejs/kit';
import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';
import { embedPageData } from '$lib/story/page-data';
import type { EntryGenerator } from './$types';

/** One embed per step of every chapter, `n` counted from 1. */
export const entries: EntryGenerator = () =>
	story.chapters.flatMap((c) => c.steps.map((_, i) => ({ slug: c.slug, n: String(i + 1) })));

/** What the embed draws: its chapter's data, and which step. */
export const load = ({ params }) => {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	const n = Number(params.n);
	if (!chapter || !/^\d+$/.test(params.n) || n < 1 || n > chapter.steps.length)
		error(404, `There is no step “${params.n}” in “${params.slug}”.`);
	return { ...embedPageData(story, chapter.slug, mapGeometry(story.map.bounds)), step: n - 1 };
};
