import type { Handle } from '@sveltejs/kit';
import { admitInlineStyles } from '$lib/server/csp';
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

/** In development only: Vite's client, so the page reloads when the story changes
 * (scripts/dev-reload.js). Same origin, so the pages' CSP lets it run. */
const DEV_CLIENT = '<script type="module" src="/@vite/client"></script>';

/** The page's language and direction come from the story, not from the template; its inline
 * styles are admitted by hash. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			admitInlineStyles(
				html
					.replace('%lang%', locale.language)
					.replace('%dir%', locale.dir)
					.replace(HYDRATION_MARKS, '')
					.replace('</head>', dev ? `${DEV_CLIENT}</head>` : '</head>')
			)
	});
