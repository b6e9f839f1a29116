import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

/**
 * The second story's smoke test: a French fixture in six chapters (tests/fixtures/recit-fr.ts),
 * built into build-fixture/ by `npm run test:fixture`, checked on a 360×640 phone only. Also
 * `npm run dev`'s reload (dev-reload.test.ts), which starts its own dev server on a free port.
 */
const port = Number(process.env.FIXTURE_PORT ?? 4391);

export default defineConfig({
	...base,
	testDir: 'tests/e2e-fixture',
	outputDir: 'test-results/playwright-fixture',
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e-fixture.json' }]],
	use: { ...base.use, baseURL: `http://localhost:${port}` },
	projects: [
		{
			name: 'phone-360',
			use: { ...devices['Pixel 7'], viewport: { width: 360, height: 640 } }
		}
	],
	webServer: {
		command: `npx tsx scripts/serve.ts --port ${port} --dir build-fixture`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore'
	}
});
