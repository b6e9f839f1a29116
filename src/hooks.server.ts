import type { Handle } from '@sveltejs/kit';
import { admitDevClient, admitInlineStyles, devPolicy } from '$lib/server/csp';
import { dev } from '$app/environment';
import { localeOf } from '$lib/locale';
import { story } from '$lib/server/story';

/**
 * Svelte's server output marks blocks with comments (`<!--[-->`, `<!--]-->`, `<!---->`) for a
 * client to hydrate. No page loads one (`csr = false`), so they are only bytes: a map with its
 * waiting step states carries hundreds.
 */
const HYDRATION_MARKS = /<!--(?:\[-?\d*|\]|)-->/g;

const locale = localeOf(story.meta.language);

/** The page's language and direction come from the story, not from the template; its inline
 * styles are admitted by hash. */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = admitInlineStyles(
				html
					.replace('%lang%', locale.language)
					.replace('%dir%', locale.dir)
					.replace(HYDRATION_MARKS, '')
			);
			// In development only: Vite's client, so the page reloads when the story changes.
			return dev ? admitDevClient(page) : page;
		}
	});
	const policy = response.headers.get('content-security-policy');
	if (dev && policy) response.headers.set('content-security-policy', devPolicy(policy));
	return response;
};
