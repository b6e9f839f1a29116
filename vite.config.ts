import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedScript, readerScript } from './scripts/inline-scripts.js';

export default defineConfig({
	plugins: [sveltekit()],
	// The pages' inline scripts, bundled once; their hashes are in the CSP (svelte.config.js).
	define: {
		__EMBED_SCRIPT__: JSON.stringify(embedScript().code),
		__READER_SCRIPT__: JSON.stringify(readerScript().code)
	},
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report feeds the one-line summary that .ci/run prints last.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/unit.json' }
	}
});
