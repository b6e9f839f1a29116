/**
 * `npm run dev` refreshes the open page (scripts/dev-reload.js). A copy of the story is served by
 * a real `vite dev` (what `npm run dev` runs) with `STORY` pointing at it; the test edits a step's
 * title in the copy and waits for the open page to show it, never reloading the page itself: a
 * marker set on the window before the edit is gone after, so the page reloaded itself. Then a
 * reader-script source is rewritten (same bytes, so the tree is never left changed): the server
 * restarts, rebuilding the inline script, and the page reloads again.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import story from '../../stories/qalamoun';

/** Git-ignored (.gitignore), one level down like stories/, so the copy's imports resolve. */
const DIR = path.resolve('.dev-story');
const COPY = path.join(DIR, 'story.ts');
const READER = path.resolve('src/lib/reader/entry.ts');

const chapter = story.chapters[0]!;
const title = chapter.steps[0]!.title!;
const edited = `${title}, edited under npm run dev`;

let server: ChildProcess | undefined;
let output = '';
let base = '';

/** A port nobody is listening on. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

/** Waits for the dev server to answer a chapter page (the first compile can take a minute). */
async function ready(url: string, ms: number): Promise<void> {
	const end = Date.now() + ms;
	for (;;) {
		if (server?.exitCode != null) throw new Error(`vite dev exited:\n${output}`);
		try {
			const r = await fetch(url);
			if (r.ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > end) throw new Error(`vite dev did not answer ${url}:\n${output}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** Opens the chapter and waits until Vite's client in it has connected. */
async function open(page: Page): Promise<void> {
	const connected = page.waitForEvent('console', {
		predicate: (m) => m.text().includes('[vite] connected'),
		timeout: 120_000
	});
	await page.goto(`${base}/${chapter.slug}/`, { timeout: 120_000 });
	await connected;
}

const mark = (page: Page) =>
	page.evaluate(() => ((window as unknown as { beforeEdit: boolean }).beforeEdit = true));
const marked = (page: Page) =>
	page.evaluate(() => (window as unknown as { beforeEdit?: boolean }).beforeEdit === true);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	mkdirSync(DIR, { recursive: true });
	writeFileSync(COPY, readFileSync('stories/qalamoun.ts', 'utf8'));
	const port = await freePort();
	base = `http://localhost:${port}`;
	server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
		{
			// Its own dependency cache, so it never shares one with a developer's dev server.
			env: { ...process.env, STORY: COPY, VITE_CACHE_DIR: path.join(DIR, 'vite-cache') },
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	await ready(`${base}/${chapter.slug}/`, 150_000);
});

test.afterAll(() => {
	// The whole process group: vite and anything it started.
	if (server?.pid && server.exitCode == null) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	rmSync(DIR, { recursive: true, force: true });
});

test('editing the story reloads the open page with the new text', async ({ page }) => {
	test.setTimeout(180_000);
	await open(page);
	const step = page.locator(`[data-step]`).first();
	await expect(step).toContainText(title);
	await mark(page);
	expect(await marked(page)).toBe(true);

	const text = readFileSync(COPY, 'utf8');
	const from = `title: '${title}'`;
	expect(text.split(from).length - 1, `"${from}" once in the story`).toBe(1);
	writeFileSync(COPY, text.replace(from, `title: '${edited}'`));

	await expect(page.locator(`[data-step]`).first()).toContainText(edited, { timeout: 90_000 });
	expect(await marked(page), 'the page reloaded itself').toBe(false);
});

test('rewriting a reader-script source restarts the server and reloads the page', async ({
	page
}) => {
	test.setTimeout(180_000);
	await open(page);
	await mark(page);
	const before = output.length;
	// The same bytes: a change event for the watcher, and nothing to undo if the test dies.
	writeFileSync(READER, readFileSync(READER));
	await expect.poll(() => output.slice(before), { timeout: 90_000 }).toMatch(/server restarted/);
	await expect.poll(() => marked(page).catch(() => true), { timeout: 90_000 }).toBe(false);
	await expect(page.locator(`[data-step]`).first()).toContainText(edited, { timeout: 60_000 });
});
