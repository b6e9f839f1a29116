import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run against the built site served as a static host serves it. The browser is
 * Debian's Chromium (`CHROMIUM_PATH` overrides it); where none is installed, Playwright's own.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromium) ? chromium : undefined;
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Pages are long; on a loaded two-core machine a page can take a few seconds to come alive.
	expect: { timeout: 10_000 },
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// Kept apart from test-results/, which Playwright empties on each run, so unit.json survives.
	outputDir: 'test-results/playwright',
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath,
			args: [
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'] } },
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		command: `npx tsx scripts/serve.ts --port ${port} --dir ${process.env.BUILD_DIR ?? 'build'}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore'
	}
});
