import type { Handle } from '@sveltejs/kit';
import { story } from '$lib/server/story';

/** The page language comes from the story, not from the template. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', story.meta.language) });
