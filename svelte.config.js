import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import path from 'node:path';
import { embedScript, readerScript } from './scripts/inline-scripts.js';

/** The story file to build: `STORY=stories/other.ts npm run build` builds another piece. */
const story = path.resolve(process.env.STORY ?? 'stories/qalamoun.ts');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// BUILD_DIR and KIT_OUT let two builds run side by side (e.g. the benchmark's scale runs).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true,
			// The compressed copies are written by scripts/finish-build.ts instead, at a brotli
			// quality that keeps large stories quick to build (the adapter's is the slowest).
			precompress: false
		}),
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
		alias: { $story: story },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		output: { bundleStrategy: 'split' },
		// Every style sheet goes inline (about 10 KB): on a slow phone network each linked sheet
		// held the first paint back by a round trip. Their hashes join the CSP (src/hooks.server.ts).
		inlineStyleThreshold: Infinity,
		// Content-Security-Policy, written into each prerendered page as a <meta http-equiv>.
		// Pages ship no SvelteKit client (csr = false), only the two inline scripts whose hashes
		// are listed below, so no other inline script and no third-party origin can run.
		// style-src admits no 'unsafe-inline': the page has no style attributes, and its own
		// <style> elements (fonts, chart geometry) are added by hash (src/hooks.server.ts); the
		// reader script sets styles through the CSSOM, which CSP does not block. frame-ancestors
		// cannot go in a meta tag: the host sends it as a header (`frame-ancestors *` on /embed/*, `'self'`
		// elsewhere; see README.md, "Hosting").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Only the pages' own two inline scripts, by their hashes.
				'script-src': ['self', readerScript().hash, embedScript().hash],
				// Plus the hash of each of the page's own <style> elements (src/lib/server/csp.ts).
				'style-src': ['self'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		paths: { relative: false }
	}
};

export default config;
