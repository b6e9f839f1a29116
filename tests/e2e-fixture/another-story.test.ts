/**
 * Another story builds another piece: the French fixture, on a 360×640 phone. Every page loads
 * in French with no English interface word, nothing scrolls sideways, the steps follow the
 * scroll, the top bar covers none of the graphic, and a chapter with nothing to draw has no box.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const story = JSON.parse(readFileSync('build-fixture/data/story.json', 'utf8')) as {
	meta: { title: string; language: string };
	chapters: { slug: string; title: string; steps: { id: string }[] }[];
};

const pages = ['/', ...story.chapters.map((c) => `/${c.slug}/`), '/sources/', '/embed/col/'];

/** Interface words English would print and French never does. */
const ENGLISH =
	/\b(the|and|of|Chapter|Chapters|Previously|Skip|Copy|Share|Embed|Cite|Close|Highlight|Places on this map|killed|wounded|captured|displaced|under arms|at least|more than|dozens|figures|Step|Updated|Contents|Methods|Credits|Data|Who is who)\b/;

/** The page's words: its text, and the names and titles given to its elements. */
async function wordsOf(page: Page): Promise<string> {
	return page.evaluate(() => {
		const named = [...document.querySelectorAll('[aria-label], [title], [alt], [data-copied]')]
			.map((el) =>
				['aria-label', 'title', 'alt', 'data-copied', 'data-copy-failed', 'data-hit-name']
					.map((a) => el.getAttribute(a) ?? '')
					.join(' ')
			)
			.join(' ');
		const clone = document.body.cloneNode(true) as HTMLElement;
		// Column names of the data file and embed code are data, not interface words.
		clone.querySelectorAll('code, textarea').forEach((el) => el.remove());
		const head = [...document.head.querySelectorAll('title, meta[content]')]
			.filter(
				(el) =>
					!/^(og:url|og:image$|twitter:image|twitter:card|og:type|viewport|color-scheme|robots)/.test(
						el.getAttribute('property') ?? el.getAttribute('name') ?? ''
					)
			)
			.map((el) => (el.tagName === 'TITLE' ? el.textContent : el.getAttribute('content')))
			.join(' ');
		return `${clone.textContent} ${named} ${head}`.replace(/https?:\/\/\S+/g, '');
	});
}

for (const path of pages)
	test(`${path} loads in French, with no English word and no sideways scroll`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const html = page.locator('html');
		await expect(html).toHaveAttribute('lang', 'fr');
		await expect(html).toHaveAttribute('dir', 'ltr');
		const words = await wordsOf(page);
		expect(words.match(ENGLISH)?.[0], 'an English interface word').toBeUndefined();
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(wide).toBeLessThanOrEqual(360);
	});

test('the English check finds an English word', async ({ page }) => {
	await page.setContent('<p>Chapitre 1</p><button aria-label="Close">×</button>');
	expect((await wordsOf(page)).match(ENGLISH)?.[0]).toBe('Close');
});

test('the steps follow the scroll, and the top bar covers none of the graphic', async ({
	page
}) => {
	await page.goto('/col/');
	await page.getByRole('button', { name: 'Chapitres' }).waitFor();
	const bar = await page.locator('header.bar').boundingBox();
	expect(bar!.height).toBeLessThan(64);
	for (const step of story.chapters[0]!.steps) {
		await page.evaluate((id) => {
			const el = document.getElementById(id)!;
			const trigger = Number(getComputedStyle(el).getPropertyValue('--trigger'));
			window.scrollTo(
				0,
				window.scrollY + el.getBoundingClientRect().top - trigger * innerHeight + 20
			);
		}, step.id);
		await expect(page.locator(`[data-step][data-active="true"]`)).toHaveAttribute('id', step.id);
		const graphic = await page.locator('#col [data-graphic]').boundingBox();
		expect(graphic!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
	}
});

test('a chapter with no places and no figures has no graphic box', async ({ page }) => {
	await page.goto('/attente/');
	await expect(page.locator('#attente [data-graphic]')).toHaveCount(0);
	await expect(page.locator('#attente [data-step]')).toHaveCount(2);
});

test('a long piece title is cut in the chapter kicker, on at most two lines', async ({ page }) => {
	await page.goto('/col/');
	const kicker = page.locator('#col .kicker');
	const text = (await kicker.textContent()) ?? '';
	expect(text).toContain('…');
	expect(text).not.toContain(story.meta.title);
	const lines = await kicker.evaluate(
		(el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)
	);
	expect(lines).toBeLessThanOrEqual(2.1);
});

test('share images are served, and their alt text says what they show', async ({
	page,
	request
}) => {
	for (const c of story.chapters) {
		const png = await request.get(`/og/${c.slug}.png`);
		expect(png.headers()['content-type']).toBe('image/png');
	}
	await page.goto('/hiver/');
	await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
		'content',
		/les forces en présence/
	);
	await page.goto('/attente/');
	const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
	expect(alt).not.toMatch(/contestés/);
});

test('place and actor aliases are shown', async ({ page }) => {
	await page.goto('/col/');
	await expect(page.locator('.glossary')).toContainText(
		'Aussi appelé : Les Hœdicois et Ligue Ænor.'
	);
	await page.goto('/');
	await expect(page.locator('#opening-map-places')).toContainText(
		'Barcelonnette (aussi Barcilona)'
	);
});
