import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedScript } from './scripts/embed-script.js';

export default defineConfig({
	plugins: [sveltekit()],
	// The embed's inline script, bundled once; its hash is in the CSP (svelte.config.js).
	define: { __EMBED_SCRIPT__: JSON.stringify(embedScript().code) },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report feeds the one-line summary that .ci/run prints last.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/unit.json' }
	}
});
