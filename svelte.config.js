import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import path from 'node:path';

/** The story file to build: `STORY=stories/other.ts npm run build` builds another piece. */
const story = path.resolve(process.env.STORY ?? 'stories/qalamoun.ts');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		alias: { $story: story },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		output: { bundleStrategy: 'split' },
		paths: { relative: false }
	}
};

export default config;
