import { mapGeometry } from '$lib/map/geometry.server';
import { stepEntries, stepOf, story } from '$lib/server/story';
import { embedPageData } from '$lib/story/page-data';
import type { EntryGenerator } from './$types';

/** One embed per step of every chapter, `n` counted from 1. */
export const entries: EntryGenerator = stepEntries;

/** What the embed draws: its chapter's data, and which step. */
export const load = ({ params }) => {
	const { chapter, position } = stepOf(params);
	return { ...embedPageData(story, chapter.slug, mapGeometry(story.map.bounds)), step: position };
};
