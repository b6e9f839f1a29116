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
		// BUILD_DIR and KIT_OUT let two builds run side by side (e.g. the benchmark's scale runs).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
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
