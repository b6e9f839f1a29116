import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report feeds the one-line summary that .ci/run prints last.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/unit.json' }
	}
});
