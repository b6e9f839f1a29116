/**
 * Hosting as documented: the build's `_headers` file, read with the rule Netlify and Cloudflare
 * Pages apply (every matching rule, values of one header joined by a comma), gives every page
 * exactly one `frame-ancestors`, and a browser can frame the embeds from another site but not
 * the piece itself. The preview server applies the same file the same way.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/server/host-headers';
import { findPages } from '../../scripts/measure';
import { chapters } from './helpers';

const dir = process.env.BUILD_DIR ?? 'build';
const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
const frameAncestors = (h: Record<string, string>) =>
	(h['content-security-policy'] ?? '').split(',').filter((p) => /frame-ancestors/.test(p));

test.describe('build/_headers', () => {
	test('every page gets exactly one frame-ancestors and nosniff', () => {
		const pages = findPages(dir);
		expect(pages.length).toBeGreaterThan(5);
		for (const { route, file } of pages) {
			const forms = [route, ...(route.endsWith('/') ? [`${route}index.html`] : [])];
			for (const urlPath of forms) {
				const h = headersFor(rules, urlPath);
				const policies = frameAncestors(h);
				expect(policies, urlPath).toHaveLength(1);
				expect(policies[0]!.trim(), urlPath).toBe(
					route.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'"
				);
				expect(h['x-content-type-options'], urlPath).toBe('nosniff');
			}
			expect(existsSync(file)).toBe(true);
		}
	});

	test('assets, data and unknown paths get nosniff and never two frame policies', () => {
		for (const urlPath of [
			'/data/story.json',
			'/data/claims.csv',
			`/oembed/${chapters[0]!.slug}.json`,
			'/favicon.png',
			'/no-such-page/',
			'/embed/no-such-chapter/'
		]) {
			const h = headersFor(rules, urlPath);
			expect(h['x-content-type-options'], urlPath).toBe('nosniff');
			expect(frameAncestors(h).length, urlPath).toBeLessThanOrEqual(1);
		}
		const immutable = readFileSync(path.join(dir, 'index.html'), 'utf8').match(
			/\/_app\/immutable\/[^"']+/
		);
		if (immutable)
			expect(headersFor(rules, immutable[0])['cache-control']).toBe(
				'public, max-age=31536000, immutable'
			);
	});

	test('the preview server sends what the file says, and never serves the file itself', async ({
		request
	}) => {
		const embed = await request.get(`/embed/${chapters[0]!.slug}/`);
		expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
		expect(embed.headers()['x-content-type-options']).toBe('nosniff');
		const page = await request.get(`/${chapters[0]!.slug}/`);
		expect(page.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
		expect((await request.get('/_headers')).status()).toBe(404);
	});
});

test.describe('compression', () => {
	test('every page has a brotli copy made from it, and a browser is sent it', async ({ page }) => {
		for (const { route, file } of findPages(dir)) {
			const copy = `${file}.br`;
			expect(existsSync(copy), `${route} has no .br copy`).toBe(true);
			expect(statSync(copy).mtimeMs, route).toBeGreaterThanOrEqual(statSync(file).mtimeMs);
			expect(brotliDecompressSync(readFileSync(copy)).equals(readFileSync(file)), route).toBe(true);
		}
		const response = await page.goto('/');
		expect(response?.headers()['content-encoding']).toBe('br');
		// What the browser got is the page the build wrote.
		expect(await response?.text()).toBe(readFileSync(path.join(dir, 'index.html'), 'utf8'));
	});
});

test.describe('framing from another site', () => {
	let host: Server;
	let hostUrl = '';
	test.beforeAll(async () => {
		host = createServer((req, res) => {
			const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				`<!doctype html><title>host</title><iframe id="f" title="framed" src=${JSON.stringify(src)} width="400" height="300"></iframe>`
			);
		});
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
	});
	test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

	/** Whether the framed document loaded (a blocked frame shows Chromium's error page). */
	async function framed(page: import('@playwright/test').Page, src: string): Promise<boolean> {
		await page.goto(`${hostUrl}/?src=${encodeURIComponent(src)}`);
		const frame = page.frame({ url: src });
		await page.waitForTimeout(500);
		if (!frame) return false;
		try {
			return (await frame.locator('[data-chapter]').count()) > 0;
		} catch {
			return false;
		}
	}

	test('an embed can be framed by a publisher; the chapter page cannot', async ({
		page,
		baseURL
	}) => {
		const slug = chapters[0]!.slug;
		expect(await framed(page, `${baseURL}/embed/${slug}/`)).toBe(true);
		expect(await framed(page, `${baseURL}/${slug}/`)).toBe(false);
	});
});
