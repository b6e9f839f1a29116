import { error } from '@sveltejs/kit';
import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';
import { chapterPageData } from '$lib/story/page-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => story.chapters.map((c) => ({ slug: c.slug }));

/** What the chapter's page draws, not the whole story. */
export const load = ({ params }) => {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	if (!chapter) error(404, `There is no chapter called “${params.slug}”.`);
	return chapterPageData(story, chapter.slug, mapGeometry(story.map.bounds));
};
