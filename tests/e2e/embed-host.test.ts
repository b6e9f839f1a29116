/**
 * Embeds as a publisher gets them, in a page on another origin with the real pym.js parent:
 * compact at every width, sized right before pym answers, citations opening where the reader
 * tapped, single steps, scroll-driven with `data-pym-trackscroll`, and still images.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chapters } from './helpers';

let host: Server;
let hostUrl = '';
const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
const filler = '<p>An article paragraph, long enough to push the embed down the page.</p>'.repeat(
	12
);

test.beforeAll(async () => {
	host = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const embed = url.searchParams.get('embed') ?? '';
		const track = url.searchParams.has('track') ? ' data-pym-trackscroll' : '';
		if (url.pathname === '/pym.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
		} else if (url.pathname === '/article.html') {
			// The publisher's page as the snippet builds it: pym's auto-init reads data-pym-*.
			res.writeHead(200, { 'content-type': 'text/html' })
				.end(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>body{margin:0 auto;max-width:640px;font:16px/1.5 sans-serif}p{margin:1em}</style></head><body>
<h1>A publisher's article</h1>${filler}
<div id="embed-here" data-pym-src=${JSON.stringify(embed)}${track}></div>
${filler}${filler}
<script>window.heard = []; addEventListener('message', (e) => heard.push(e.data));</script>
<script src="/pym.js"></script>
</body></html>`);
		} else res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const frame = (page: Page) => page.frameLocator('iframe');

async function openInHost(page: Page, embed: string, track = false) {
	await page.goto(
		`${hostUrl}/article.html?embed=${encodeURIComponent(embed)}${track ? '&track' : ''}`
	);
	await frame(page).locator('[data-embed]').waitFor();
	// Sized by pym: the frame matches its content.
	await expect
		.poll(async () => {
			const content = await frame(page)
				.locator('html')
				.evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
			const box = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
			return Math.abs(content - box);
		})
		.toBeLessThanOrEqual(2);
}

async function oembedHeight(page: Page, path: string): Promise<number> {
	const response = await page.request.get(path);
	expect(response.status(), path).toBe(200);
	return (await response.json()).height;
}

async function ownHeight(page: Page): Promise<{ height: number; sideways: number }> {
	await page.evaluate(() => document.fonts.ready);
	return page.evaluate(() => ({
		height: Math.ceil(document.documentElement.getBoundingClientRect().height),
		sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth
	}));
}

test.describe('compact and sized right', () => {
	// Each test sets its own widths: once is enough.
	test.beforeEach(({ page }, info) => {
		void page;
		test.skip(info.project.name !== 'phone', 'widths are set here');
	});

	for (const width of [320, 390, 640, 900]) {
		test(`at ${width} px every chapter's embed has no sideways scroll and keeps to its budget`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			for (const c of chapters) {
				await page.goto(`/embed/${c.slug}/`);
				const { height, sideways } = await ownHeight(page);
				expect(sideways, c.slug).toBeLessThanOrEqual(0);
				// The flat embed was about 1,200 px a step at 390 px; the compact one keeps to 480.
				expect(height, c.slug).toBeLessThanOrEqual(480 * c.steps.length + 400);
				expect(height, c.slug).toBeLessThanOrEqual(
					1.3 * (await oembedHeight(page, `/oembed/${c.slug}.json`))
				);
			}
		});
	}

	for (const width of [390, 640]) {
		test(`at ${width} px the snippet's height is within 15 % of the real height`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			const pages = chapters.flatMap((c) => [
				{ embed: `/embed/${c.slug}/`, oembed: `/oembed/${c.slug}.json` },
				...[1, c.steps.length].map((n) => ({
					embed: `/embed/${c.slug}/${n}/`,
					oembed: `/oembed/${c.slug}/${n}.json`
				}))
			]);
			for (const p of pages) {
				await page.goto(p.embed);
				const { height } = await ownHeight(page);
				const snippet = await oembedHeight(page, p.oembed);
				expect(
					Math.abs(snippet - height) / height,
					`${p.embed}: ${snippet} vs ${height}`
				).toBeLessThanOrEqual(0.15);
			}
		});
	}

	// A host sizes the frame from the content, starting from an iframe's default 150 px: content
	// that followed the frame's height would change under its own message, and a frame the host
	// has scrolled out of sight is not told again.
	test("an embed's height does not follow its frame's height", async ({ page }) => {
		const paths = chapters.flatMap((c) => [
			`/embed/${c.slug}/`,
			...[1, c.steps.length].map((n) => `/embed/${c.slug}/${n}/`)
		]);
		for (const path of paths) {
			const heights: number[] = [];
			for (const frame of [150, 1200]) {
				await page.setViewportSize({ width: 390, height: frame });
				await page.goto(path);
				heights.push((await ownHeight(page)).height);
			}
			expect(heights[0], `${path} in a 150 px frame and a 1,200 px one`).toBe(heights[1]);
		}
	});
});

test('a single-step embed holds exactly that step, its graphic and the credit', async ({
	page
}) => {
	for (const c of chapters) {
		for (const n of [1, c.steps.length]) {
			await page.goto(`/embed/${c.slug}/${n}/`);
			await expect(page.locator('[data-step]')).toHaveCount(1);
			await expect(page.locator('[data-step]')).toHaveAttribute('id', c.steps[n - 1]!.id);
			await expect(page.locator('[data-embed-figure]')).toHaveCount(1);
			await expect(page.locator('.credit a')).toHaveAttribute(
				'href',
				new RegExp(`/${c.slug}/#${c.steps[n - 1]!.id}$`)
			);
			// Its text is open: the step's first words are on screen.
			await expect(page.locator('[data-step] p').first()).toBeVisible();
		}
	}
});

test('a citation opened from a mark lies inside the host viewport', async ({ page, baseURL }) => {
	const c = chapters.find((s) => s.steps.length >= 6) ?? chapters[0]!;
	await openInHost(page, `${baseURL}/embed/${c.slug}/`);
	// A mark far down the frame: the tap scrolls it into the host's view first.
	const marks = frame(page).locator('button[data-claim]:visible');
	const mark = marks.nth(Math.floor(((await marks.count()) * 2) / 3));
	await mark.click();
	const dialog = frame(page).locator('.citation:popover-open');
	await expect(dialog).toBeVisible();
	const view = page.viewportSize()!;
	await expect
		.poll(async () => {
			const at = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
			const box = (await dialog.evaluate((d) => d.getBoundingClientRect().toJSON())) as DOMRect;
			return at + box.top >= 0 && at + box.bottom <= view.height;
		})
		.toBe(true);
	// Next to what was tapped: within a screen of the mark.
	const markBox = (await mark.evaluate((m) => m.getBoundingClientRect().toJSON())) as DOMRect;
	const box = (await dialog.evaluate((d) => d.getBoundingClientRect().toJSON())) as DOMRect;
	expect(Math.abs(box.top - markBox.bottom)).toBeLessThan(view.height);
});

test('a map’s list of places opens in place, and in the host viewport', async ({
	page,
	baseURL
}) => {
	const c = chapters.find((s) => s.steps.length >= 10) ?? chapters[0]!;
	await openInHost(page, `${baseURL}/embed/${c.slug}/`);
	const toggle = frame(page).locator('[data-embed-figure] details > summary').last();
	const view = page.viewportSize()!;
	// The toggle sits at the foot of the host's viewport when it is tapped.
	const at = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + scrollY);
	const y = await toggle.evaluate((t) => t.getBoundingClientRect().bottom);
	await page.evaluate((to) => window.scrollTo(0, to), at + y - view.height + 4);
	await toggle.click();
	const list = frame(page).locator('[data-embed-figure] details[open] .places');
	await expect(list).toBeVisible();
	await expect
		.poll(async () => {
			const top = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
			const box = (await list.evaluate((l) => l.getBoundingClientRect().toJSON())) as DOMRect;
			const summary = (await toggle.evaluate((t) => t.getBoundingClientRect().toJSON())) as DOMRect;
			// Opened under its own toggle, and scrolled into the host's view.
			return (
				Math.abs(box.top - summary.bottom) < 40 &&
				top + box.top >= 0 &&
				top + Math.min(box.bottom, box.top + view.height / 2) <= view.height
			);
		})
		.toBe(true);
});

test('with trackscroll the steps activate in order and a graphic stays in the host viewport', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const c = chapters.find((s) => s.steps.length >= 4) ?? chapters[0]!;
	await openInHost(page, `${baseURL}/embed/${c.slug}/`, true);
	const view = page.viewportSize()!;
	const top = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + scrollY);
	// The first scroll makes pym report the frame's place: the embed turns scroll-driven.
	await page.mouse.wheel(0, 10);
	await expect(frame(page).locator('html')).toHaveAttribute('data-scrolly', '');
	await expect(frame(page).locator('[data-step][data-active="true"]')).toHaveCount(1);
	const seen: number[] = [];
	let graphicInView = 0;
	const start = await top();
	for (let i = 0; i < 400; i++) {
		const frameTop = await top();
		const frameHeight = await page
			.locator('iframe')
			.evaluate((f) => f.getBoundingClientRect().height);
		const y = await page.evaluate(() => scrollY);
		if (y > frameTop + frameHeight - view.height) break;
		await page.evaluate((to) => window.scrollTo(0, to), Math.max(start - 10, 0) + i * 120);
		await page.waitForTimeout(150);
		const active = await frame(page)
			.locator('[data-step][data-active="true"]')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-position'))));
		expect(active).toHaveLength(1);
		if (seen.at(-1) !== active[0]) seen.push(active[0]!);
		// While the steps fill the host's viewport, the current graphic sits at its top; else it
		// is at their box's top or end, still in view.
		await expect
			.poll(async () => {
				const at = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
				const [box, g] = (await frame(page)
					.locator('html')
					.evaluate(() =>
						['[data-embed-steps]', '[data-embed-figure][data-current="true"]'].map((q) =>
							document.querySelector(q)!.getBoundingClientRect().toJSON()
						)
					)) as [DOMRect, DOMRect];
				if (at + box.top < 0 && at + box.bottom > g.height) return Math.abs(at + g.top) <= 2;
				return at + g.bottom > 0 && at + g.top < view.height;
			}, `graphic in view at scroll ${i}`)
			.toBe(true);
		graphicInView += 1;
	}
	expect(graphicInView).toBeGreaterThan(c.steps.length);
	expect(seen).toEqual(c.steps.map((_, i) => i));
});

test('without trackscroll the embed stays flat', async ({ page, baseURL }) => {
	const c = chapters[0]!;
	await openInHost(page, `${baseURL}/embed/${c.slug}/`);
	await page.mouse.wheel(0, 400);
	await page.waitForTimeout(300);
	await expect(frame(page).locator('html')).not.toHaveAttribute('data-scrolly', '');
});

test('every step image exists, is listed with alt text, credit and link, and shows its headline', async ({
	page
}) => {
	test.setTimeout(120_000);
	for (const c of chapters) {
		await page.goto(`/${c.slug}/`);
		await expect(page.locator('[data-embed-offer]')).toHaveCount(c.steps.length);
		const listed = await page.locator('[data-embed-offer]').evaluateAll((items) =>
			items
				.filter((li) => li.querySelector('[data-step-image]'))
				.map((li) => ({
					n: Number(li.getAttribute('data-embed-offer')),
					href: li.querySelector('[data-step-image]')!.getAttribute('href')!,
					alt: li.querySelector('[data-image-alt]')?.textContent ?? '',
					credit: li.querySelector('[data-image-credit]')?.textContent ?? '',
					link: li.querySelector('dd a')?.getAttribute('href') ?? ''
				}))
		);
		expect(listed.length, c.slug).toBeGreaterThan(0);
		for (const image of listed) {
			const path = new URL(image.href).pathname;
			expect(path).toBe(`/embed/${c.slug}/${image.n}.png`);
			const png = await page.request.get(path);
			expect(png.status(), path).toBe(200);
			const bytes = await png.body();
			expect(bytes.subarray(1, 4).toString()).toBe('PNG');
			expect(bytes.readUInt32BE(16), path).toBe(720);
			expect(bytes.readUInt32BE(20), path).toBeGreaterThan(200);
			expect(image.credit).toContain(c.title);
			expect(image.link).toMatch(new RegExp(`#${c.steps[image.n - 1]!.id}$`));
			// The headline the step's embed shows is what the image (and its alt text) says.
			await page.goto(`/embed/${c.slug}/${image.n}/`);
			const headline = page.locator('[data-embed-figure] .headline');
			if (await headline.count())
				expect(image.alt).toContain((await headline.textContent())!.trim());
			else expect(image.alt).toMatch(/^Map\. /);
		}
	}
});

for (const kind of ['chapter', 'step'] as const) {
	test(`a ${kind} embed sends pym, Datawrapper and AMP heights and makes no third-party request`, async ({
		page,
		baseURL
	}) => {
		const c = chapters[0]!;
		const embed = `${baseURL}/embed/${c.slug}/${kind === 'step' ? '2/' : ''}`;
		const outside: string[] = [];
		page.on('request', (r) => {
			const u = r.url();
			if (!u.startsWith(baseURL!) && !u.startsWith(hostUrl) && !u.startsWith('data:'))
				outside.push(u);
		});
		await openInHost(page, embed);
		const heard = (await page.evaluate(
			() => (window as unknown as { heard: unknown[] }).heard
		)) as unknown[];
		expect(
			heard.some((m) => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m))
		).toBe(true);
		expect(
			heard.some((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m)
		).toBe(true);
		expect(
			heard.some(
				(m) => typeof m === 'object' && m !== null && (m as { type?: string }).type === 'embed-size'
			)
		).toBe(true);
		await frame(page)
			.locator('body')
			.evaluate(() => document.fonts.ready);
		expect(outside).toEqual([]);
	});
}
