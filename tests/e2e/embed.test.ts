import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { built, chapters } from './helpers';

/**
 * A publisher's page on another origin: the real pym.js parent, and a Datawrapper-style
 * listener, each sizing an iframe of the embed.
 */
let host: Server;
let hostUrl = '';
const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

test.beforeAll(async () => {
	host = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const embed = url.searchParams.get('embed') ?? '';
		if (url.pathname === '/pym.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
		} else if (url.pathname === '/pym.html') {
			res.writeHead(200, { 'content-type': 'text/html' })
				.end(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body>
<h1>A publisher's article</h1><div id="embed-here"></div>
<script src="/pym.js"></script>
<script>window.parent_ = new pym.Parent('embed-here', ${JSON.stringify(embed)}, { title: 'Embedded chapter' });</script>
</body></html>`);
		} else if (url.pathname === '/datawrapper.html') {
			res.writeHead(200, { 'content-type': 'text/html' })
				.end(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body>
<h1>A publisher's article</h1>
<iframe id="frame" title="Embedded chapter" src=${JSON.stringify(embed)} width="100%" height="300" style="border:0"></iframe>
<script>
window.addEventListener('message', (event) => {
	const heights = event.data && event.data['datawrapper-height'];
	if (!heights) return;
	for (const slug in heights) document.getElementById('frame').style.height = heights[slug] + 'px';
});
</script></body></html>`);
		} else res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const chapter = chapters.find((c) => c.steps.length >= 3) ?? chapters[0]!;

/** The embed's own content height, measured inside the frame. */
async function contentHeight(page: Page): Promise<number> {
	const frame = page.frameLocator('iframe');
	return frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

async function frameHeight(page: Page): Promise<number> {
	return page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
}

async function expectSized(page: Page) {
	await expect
		.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), {
			timeout: 10_000
		})
		.toBeLessThanOrEqual(2);
}

for (const kind of ['pym', 'datawrapper'] as const) {
	test(`a host page using ${kind} sizes the embed to its content, and follows it`, async ({
		page,
		baseURL
	}) => {
		await page.goto(
			`${hostUrl}/${kind}.html?embed=${encodeURIComponent(`${baseURL}/embed/${chapter.slug}/`)}`
		);
		await expect(page.frameLocator('iframe').locator('h1')).toHaveText(chapter.title);
		await expectSized(page);
		expect(await frameHeight(page)).toBeGreaterThan(600);

		// The host gets narrower than the embed's column: the embed reflows and the frame follows.
		const before = await frameHeight(page);
		const size = page.viewportSize()!;
		await page.setViewportSize({ width: 320, height: size.height });
		await expect.poll(() => frameHeight(page)).not.toBe(before);
		await expectSized(page);

		// A citation opens inside: the frame still matches the content.
		const frame = page.frameLocator('iframe');
		await frame.locator('button[data-claim]:visible').first().click();
		await expect(frame.locator('[role="dialog"], .citation').first()).toBeVisible();
		await expectSized(page);
	});
}

test('the embed makes no request outside its own origin and sets no cookie', async ({
	page,
	baseURL,
	context
}) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) outside.push(r.url());
	});
	await page.goto(`/embed/${chapter.slug}/`);
	await page.waitForLoadState('networkidle');
	expect(outside).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});

test('the embed has no site chrome, a credit line, noindex and a canonical link', async ({
	page
}) => {
	await page.goto(`/embed/${chapter.slug}/`);
	await expect(page.locator('header.bar, .progress')).toHaveCount(0);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new RegExp(`/${chapter.slug}/$`)
	);
	const credit = page.locator('.credit a');
	await expect(credit).toHaveAttribute('href', new RegExp(`/${chapter.slug}/$`));
	await expect(credit).toHaveText(built.meta.title);
	await expect(page.locator('[data-step]')).toHaveCount(chapter.steps.length);
});

for (const path of [`/embed/${chapter.slug}/`, `/embed/${chapter.slug}/2/`]) {
	test(`axe finds nothing inside ${path}`, async ({ page }) => {
		await page.goto(path);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
}

test('?step=3 opens the embed at step 3', async ({ page }) => {
	await page.setViewportSize({ width: 400, height: 600 });
	await page.goto(`/embed/${chapter.slug}/?step=3`);
	await expect(page.locator(`#${chapter.steps[2]!.id}`)).toBeInViewport();
	await expect(page.locator(`#${chapter.steps[0]!.id}`)).not.toBeInViewport();
});

test('?theme=dark turns the embed dark', async ({ page }) => {
	await page.goto(`/embed/${chapter.slug}/?theme=dark`);
	await expect
		.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
		.toBe('rgb(20, 20, 20)');
});

test('oEmbed JSON parses and its html embeds the chapter', async ({ request, page }) => {
	await page.goto(`/${chapter.slug}/`);
	const href = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	expect(href).toMatch(new RegExp(`/oembed/${chapter.slug}\\.json$`));
	const response = await request.get(`/oembed/${chapter.slug}.json`);
	expect(response.status()).toBe(200);
	const oembed = await response.json();
	expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
	expect(oembed.html).toContain(`/embed/${chapter.slug}/`);
	expect(oembed.width).toBeGreaterThan(0);
	expect(oembed.height).toBeGreaterThan(0);
	expect(oembed.title).toContain(chapter.title);
});

test('each chapter page offers the embed code', async ({ page }) => {
	await page.goto(`/${chapter.slug}/`);
	await page.getByText('Embed this chapter').click();
	await expect(page.getByLabel('Embed code', { exact: true })).toHaveValue(
		new RegExp(`/embed/${chapter.slug}/`)
	);
});
