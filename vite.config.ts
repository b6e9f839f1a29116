import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import path from 'node:path';
import { devReload } from './scripts/dev-reload.js';
import { embedScript, readerScript } from './scripts/inline-scripts.js';

export default defineConfig({
	plugins: [sveltekit(), devReload(path.resolve(process.env.STORY ?? 'stories/qalamoun.ts'))],
	// The pages' inline scripts, bundled once; their hashes are in the CSP (svelte.config.js).
	define: {
		__EMBED_SCRIPT__: JSON.stringify(embedScript().code),
		__READER_SCRIPT__: JSON.stringify(readerScript().code)
	},
	// Vite's dependency cache; the dev-reload test keeps its own (VITE_CACHE_DIR) and removes it.
	cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
	preview: { port: 4173, strictPort: true },
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report feeds the one-line summary that .ci/run prints last.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/unit.json' }
	}
});
