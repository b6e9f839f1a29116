import type { Handle } from '@sveltejs/kit';
import { admitInlineStyles } from '$lib/server/csp';
import { story } from '$lib/server/story';

/**
 * Svelte's server output marks blocks with comments (`<!--[-->`, `<!--]-->`, `<!---->`) for a
 * client to hydrate. No page loads one (`csr = false`), so they are only bytes: a map with its
 * waiting step states carries hundreds.
 */
const HYDRATION_MARKS = /<!--(?:\[-?\d*|\]|)-->/g;

/** The page language comes from the story, not from the template; its inline styles, by hash. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			admitInlineStyles(html.replace('%lang%', story.meta.language).replace(HYDRATION_MARKS, ''))
	});
