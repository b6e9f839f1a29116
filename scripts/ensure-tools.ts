/**
 * Makes sure the browser tests have what they run on: a Chromium (Debian's, or the one in
 * CHROMIUM_PATH, or Playwright's own) and Java for the HTML checker. On a fresh Debian machine, as root, it installs
 * them with apt-get; elsewhere it says what is missing and how to get it.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium as playwrightChromium } from '@playwright/test';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const missing: string[] = [];
/** Playwright's own browser, where `npx playwright install` could download one (a laptop). */
function playwrightBrowser(): boolean {
	try {
		return existsSync(playwrightChromium.executablePath());
	} catch {
		return false;
	}
}

if (!existsSync(chromium) && !playwrightBrowser()) missing.push('chromium');
if (!has('java')) missing.push('default-jre-headless');

if (missing.length > 0) {
	const root = process.getuid?.() === 0;
	if (root && has('apt-get')) {
		console.log(`Installing ${missing.join(' and ')} for the browser tests`);
		execSync('apt-get update -qq', { stdio: 'inherit' });
		execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
	} else {
		console.error(
			`The browser tests need ${missing.join(' and ')}: install them (Debian: apt-get install -y ${missing.join(' ')}), or set CHROMIUM_PATH to a Chromium.`
		);
		process.exit(1);
	}
}
