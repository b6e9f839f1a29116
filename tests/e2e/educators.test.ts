import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { allSections, built, chapters, firstWords } from './helpers';

/** The text of a PDF, page by page, as a PDF reader extracts it. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages;
}

/** Text without white space: PDF text runs break inside words (at ligatures, kerning). */
const squash = (text: string) => text.replace(/\s+/g, '');

test.describe('print', () => {
	test.skip(({ browserName }) => browserName !== 'chromium', 'page.pdf() is Chromium only');

	test('printing / gives every chapter title and every step, and no navigation', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'desktop', 'one print run is enough');
		await page.goto('/');
		const pages = await pdfPages(await page.pdf({ format: 'A4' }));
		const text = squash(pages.join(' '));
		for (const chapter of chapters) expect(text).toContain(squash(chapter.title));
		for (const section of allSections)
			for (const step of section.steps) expect(text).toContain(squash(firstWords(step.text, 5)));
		for (const navigation of [
			'Skip to the story',
			'Skip to next chapter',
			'Copy citation',
			'Embed this chapter',
			'Chapters'
		])
			expect(text).not.toContain(squash(navigation));
		// Each chapter starts on a page of its own.
		const opening = pages.map((p) => squash(p).slice(0, 120));
		for (const chapter of chapters)
			expect(
				opening.filter((p) => /^chapter/i.test(p) && p.includes(squash(chapter.title)))
			).toHaveLength(1);
		// The piece's address is printed at its foot.
		expect(squash(pages.slice(-2).join(''))).toContain(`Thispage:${built.meta.siteUrl}/`);
	});

	test('in print every step’s figure is shown', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'one print run is enough');
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		const hidden = await page
			.locator('[data-figure]')
			.evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility !== 'visible').length);
		expect(hidden).toBe(0);
	});
});

test('/sources/ lists every source of the story, grouped by chapter', async ({ page, request }) => {
	const story = await (await request.get('/data/story.json')).json();
	await page.goto('/sources/');
	await expect(page.locator('h1')).toHaveText('Methods and sources');
	for (const source of story.sources as { id: string; title: string }[])
		await expect(page.locator(`[data-source="${source.id}"]`).first()).toContainText(source.title);
	for (const chapter of chapters)
		await expect(page.locator(`#bibliography-${chapter.slug}`)).toHaveText(chapter.title);
	await expect(page.getByRole('link', { name: /claims\.csv/ })).toHaveAttribute(
		'href',
		'/data/claims.csv'
	);
	await expect(page.getByRole('link', { name: /story\.json/ })).toHaveAttribute(
		'href',
		'/data/story.json'
	);
	await expect(page.getByText(/Natural Earth/)).toBeVisible();
});

test('the CSV parses with a real CSV parser and has one row per claim', async ({ request }) => {
	const story = await (await request.get('/data/story.json')).json();
	const response = await request.get('/data/claims.csv');
	expect(response.headers()['content-type']).toContain('text/csv');
	const parsed = Papa.parse<Record<string, string>>(await response.text(), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	expect(parsed.data.map((r) => r.id)).toEqual(story.claims.map((c: { id: string }) => c.id));
	for (const row of parsed.data) {
		expect(row.claimant).not.toBe('');
		expect(row.sources).not.toBe('');
	}
});

for (const path of ['/', ...chapters.map((c) => `/${c.slug}/`)]) {
	test(`${path} has share metadata with a 1200×630 PNG preview`, async ({ page, request }) => {
		await page.goto(path);
		for (const property of ['og:title', 'og:description', 'og:image', 'og:url'])
			await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /\S/);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
			'content',
			'summary_large_image'
		);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		// The preview's absolute URL is on the published origin; fetch the same path here.
		const response = await request.get(new URL(image!).pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
}

test('each chapter footer links the data and offers a citation', async ({ page }) => {
	const chapter = chapters[0]!;
	await page.goto(`/${chapter.slug}/`);
	await expect(page.getByRole('link', { name: /claims\.csv/ })).toBeVisible();
	const citation = page.locator('.cite-text');
	await expect(citation).toContainText(chapter.title);
	await expect(citation).toContainText(built.meta.title);
	await expect(citation).toContainText(`/${chapter.slug}/`);
});

test('the first mention of an actor in a chapter links to its glossary entry', async ({ page }) => {
	await page.goto(`/${chapters[0]!.slug}/`);
	const mention = page.locator('[data-step] a.mention').first();
	const href = await mention.getAttribute('href');
	expect(href).toMatch(/^#glossary-/);
	await mention.click();
	await expect(page.locator(href!)).toBeInViewport();
});
