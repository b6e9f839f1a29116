import { json } from '@sveltejs/kit';
import { embedOf, oembedOf } from '$lib/embed/snippet';
import { stepEntries, stepOf, story } from '$lib/server/story';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** One per step of every chapter, `n` counted from 1. */
export const entries: EntryGenerator = stepEntries;

/** oEmbed for one step's embed. */
export const GET = ({ params }) => {
	const { chapter, position } = stepOf(params);
	return json(oembedOf(story, embedOf(story, chapter, position)));
};
