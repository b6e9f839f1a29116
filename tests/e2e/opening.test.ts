/**
 * The first and last screens, and the type: the opening tells the news with its lead art in
 * view on a phone, the lead map links every chapter, every step's heading can be read at its
 * trigger point beside the sticky graphic, and every web font comes from the site itself.
 */
import { expect, test, type Page } from '@playwright/test';
import { allSections, built, chapters, jumpToStep, ready } from './helpers';

const phones = [
	{ width: 360, height: 640 },
	{ width: 412, height: 915 }
];

/** The fraction of an element's box inside the viewport (0 when out of view). */
async function shownFraction(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
			const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
			return r.width * r.height > 0 ? (h * w) / (r.width * r.height) : 0;
		});
}

for (const size of phones) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });
		test.beforeEach(() => {
			test.skip(test.info().project.name !== 'phone', 'phone sizes run in the phone project');
		});

		test('the opening screen shows the title, the dek and part of the lead art unscrolled', async ({
			page
		}) => {
			await page.goto('/');
			await ready(page);
			expect(await page.evaluate(() => scrollY)).toBe(0);
			const h1 = page.locator('h1');
			await expect(h1).toHaveText(built.meta.title);
			expect(await shownFraction(page, 'h1')).toBe(1);
			expect(await shownFraction(page, '.piece-header .dek')).toBe(1);
			const art = await shownFraction(page, '[data-lead-map] svg');
			expect(art, 'some of the lead map is on the first screen').toBeGreaterThan(0.1);
		});

		test('the heading of every step is visible and uncovered at its trigger point', async ({
			page
		}) => {
			test.slow();
			await page.goto('/');
			await ready(page);
			const covered: string[] = [];
			for (const section of allSections)
				for (const step of section.steps) {
					await jumpToStep(page, step.id);
					await page.waitForTimeout(50);
					const seen = await page.evaluate((id) => {
						const el = document.getElementById(id)!;
						const heading =
							el.querySelector<HTMLElement>('h3, h4, .title') ??
							el.querySelector<HTMLElement>('.when')!;
						const r = heading.getBoundingClientRect();
						const [x, y] = [r.left + Math.min(r.width, 40) / 2, r.top + r.height / 2];
						if (y < 0 || y > innerHeight) return `off screen at ${Math.round(y)}`;
						const top = document.elementFromPoint(x, y);
						return top && (heading.contains(top) || top.contains(heading))
							? ''
							: `covered by ${top?.nodeName}.${top?.className}`;
					}, step.id);
					if (seen) covered.push(`${step.id}: ${seen}`);
				}
			expect(covered).toEqual([]);
		});
	});
}

test('the lead map holds a mark for each chapter, and a tap on one goes to that chapter', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	const marks = page.locator('[data-lead-map] [data-lead-mark]');
	await expect(marks).toHaveCount(chapters.length);
	for (const c of chapters)
		await expect(page.locator(`[data-lead-mark="${c.slug}"]`)).toHaveAttribute(
			'href',
			`#${c.slug}`
		);
	const last = chapters.at(-1)!;
	await page.locator(`[data-lead-mark="${last.slug}"] .mark`).click();
	// (The page's script then writes the active step into the address, so the title is the test.)
	await expect(page.locator(`#${last.slug}-title`)).toBeInViewport();
});

for (const size of [...phones, { width: 1440, height: 900 }])
	test(`at ${size.width}×${size.height} the lead map's names lie inside it and none overlaps another`, async ({
		page
	}) => {
		test.skip(
			test.info().project.name !== (size.width < 768 ? 'phone' : 'desktop'),
			'each size runs in its own project'
		);
		await page.setViewportSize(size);
		await page.goto('/');
		await ready(page);
		// As drawn: the build placed them from measured widths, so this is what those were worth.
		const { frame, names } = await page.locator('[data-lead-map] svg').evaluate((svg) => ({
			frame: svg.getBoundingClientRect().toJSON() as DOMRect,
			names: [...svg.querySelectorAll('text')].map((t) => ({
				text: t.textContent ?? '',
				box: t.getBoundingClientRect().toJSON() as DOMRect
			}))
		}));
		expect(names.length).toBeGreaterThan(chapters.length);
		for (const { text, box } of names) {
			expect(box.left, `${text} inside the map`).toBeGreaterThanOrEqual(frame.left);
			expect(box.right, `${text} inside the map`).toBeLessThanOrEqual(frame.right);
			expect(box.top, `${text} inside the map`).toBeGreaterThanOrEqual(frame.top);
			expect(box.bottom, `${text} inside the map`).toBeLessThanOrEqual(frame.bottom);
		}
		for (const [i, a] of names.entries())
			for (const b of names.slice(i + 1)) {
				const overlap =
					Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 &&
					Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5;
				expect(overlap, `${a.text} and ${b.text} overlap`).toBe(false);
			}
	});

test('the opening lists every chapter with its dates', async ({ page }) => {
	await page.goto('/');
	const entries = page.locator('.contents li');
	await expect(entries).toHaveCount(chapters.length);
	for (const [i, c] of chapters.entries()) {
		await expect(entries.nth(i)).toContainText(c.title);
		await expect(entries.nth(i).locator('a')).toHaveAttribute('href', `#${c.slug}`);
	}
});

test('every @font-face file is served by the site itself, as WOFF2', async ({ page, baseURL }) => {
	await page.goto('/');
	await page.evaluate(() => document.fonts.ready);
	const urls = await page.evaluate(() => {
		const found: string[] = [];
		for (const sheet of [...document.styleSheets])
			for (const rule of [...sheet.cssRules])
				if (rule instanceof CSSFontFaceRule)
					for (const m of rule.style.getPropertyValue('src').matchAll(/url\("?([^")]+)"?\)/g))
						found.push(new URL(m[1]!, location.href).href);
		return found;
	});
	expect(urls.length, 'the page declares web fonts').toBeGreaterThan(0);
	for (const url of urls) {
		expect(new URL(url).origin, url).toBe(new URL(baseURL!).origin);
		const res = await page.request.get(url);
		expect(res.status(), url).toBe(200);
		expect((await res.body()).subarray(0, 4).toString(), url).toBe('wOF2');
	}
	const loaded = await page.evaluate(() =>
		[...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family)
	);
	expect(loaded.length, 'the first screen’s face has loaded').toBeGreaterThan(0);
});
