import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { jumpToStep, ready } from './helpers';

/** The built story with what the charts need: each step's claims and each claim's actor. */
interface ChartStep {
	id: string;
	claims: string[];
	about: string[];
	graphic?: { claims?: string[] };
}
interface ChartSection {
	slug: string;
	steps: ChartStep[];
}
interface ChartStory {
	chapters: ChartSection[];
	claims: { id: string; actor: string; measure: string; claimant: string }[];
	claimants: { id: string; name: string }[];
}

const story: ChartStory = JSON.parse(
	readFileSync(`${process.env.BUILD_DIR ?? 'build'}/data/story.json`, 'utf8')
);
const claimsOf = (c: ChartSection) => c.steps.flatMap((s) => s.claims);
const withClaims = story.chapters.filter((c) => claimsOf(c).length > 0);
/** The claims a step's own chart draws and lights. */
const ownClaims = (s: ChartStep) => s.graphic?.claims ?? [...s.claims, ...s.about];

/** Scrolls a step to the trigger line and waits until it is the active one. */
async function goToStep(page: Page, id: string) {
	const step = page.locator(`[id="${id}"]`);
	await step.scrollIntoViewIfNeeded();
	await jumpToStep(page, id);
	await expect(step).toHaveAttribute('data-active', 'true');
}

/** The figure a step shows, once it is the one in view. */
async function shownFigure(page: Page, id: string) {
	const shows = await page.locator(`[id="${id}"]`).getAttribute('data-shows');
	const figure = page.locator(`[data-figure="${shows}"]`);
	await expect(figure).toHaveAttribute('data-current', 'true');
	return figure;
}

for (const chapter of withClaims) {
	test(`charts of ${chapter.slug} follow the steps, forwards and back`, async ({ page }) => {
		await page.goto(`/${chapter.slug}/`);
		await ready(page);
		const order = chapter.steps.map((_, i) => i);
		for (const i of [...order, ...order.slice(0, -1).reverse()]) {
			const step = chapter.steps[i]!;
			await goToStep(page, step.id);
			const figure = await shownFigure(page, step.id);
			// One figure in view at a time.
			await expect(
				page.locator(`[data-chapter="${chapter.slug}"] [data-current="true"]`)
			).toHaveCount(1);
			if (ownClaims(step).length === 0) continue;
			// The step's own figures are drawn, lit, and nothing of a later step is.
			const later = new Set(chapter.steps.slice(i + 1).flatMap((s) => s.claims));
			for (const id of ownClaims(step))
				await expect(figure.locator(`button[data-claim="${id}"]`)).toHaveAttribute(
					'data-highlighted',
					'true'
				);
			const drawn = await figure
				.locator('button[data-claim]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')!));
			expect(drawn.filter((id) => later.has(id) && !ownClaims(step).includes(id))).toEqual([]);
		}
	});
}

/** Opens the citation of the first claim of a chapter's first step that has claims. */
async function openCitation(page: Page) {
	const chapter = withClaims[0]!;
	const step = chapter.steps.find((s) => s.claims.length > 0)!;
	const id = step.claims[0]!;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	await goToStep(page, step.id);
	const mark = (await shownFigure(page, step.id)).locator(`button[data-claim="${id}"]`);
	await expect(mark).toBeVisible();
	// Tap the mark where the reader sees it. (Playwright's own click would first scroll the
	// sticky graphic's mark "into view", which moves the page and with it the active step.)
	await expect(mark).toBeInViewport();
	// Wait until the figure has finished fading in.
	let box = (await mark.boundingBox())!;
	await expect
		.poll(async () => {
			const was = box;
			await page.waitForTimeout(150);
			box = (await mark.boundingBox())!;
			return box.y === was.y && box.x === was.x;
		})
		.toBe(true);
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	if (test.info().project.use.hasTouch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
	const claim = story.claims.find((c) => c.id === id)!;
	const name = story.claimants.find((c) => c.id === claim.claimant)!.name;
	return { mark, name, citation: page.getByRole('dialog') };
}

test('a claim mark opens its citation, and Escape closes it', async ({ page }, info) => {
	test.skip(withClaims.length === 0, 'no claims');
	const { mark, name, citation } = await openCitation(page);
	await expect(citation).toBeVisible();
	await expect(citation).toContainText(name);
	await page.keyboard.press('Escape');
	await expect(citation).toHaveCount(0);
	// Where there is a keyboard, focus goes back to the mark that opened the citation.
	if (info.project.name === 'desktop') await expect(mark).toBeFocused();
});

test('from the keyboard, a claim mark opens its citation and gets focus back', async ({
	page
}, info) => {
	test.skip(withClaims.length === 0 || info.project.name !== 'desktop', 'keyboard: desktop');
	const { mark, citation } = await openCitation(page);
	await page.keyboard.press('Escape');
	await expect(citation).toHaveCount(0);
	await mark.focus();
	await page.keyboard.press('Enter');
	await expect(citation).toBeVisible();
	await expect(citation.getByRole('button', { name: 'Close' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(citation).toHaveCount(0);
	await expect(mark).toBeFocused();
});

test('axe finds nothing wrong with a citation open', async ({ page }) => {
	test.skip(withClaims.length === 0, 'no claims');
	// axe reads the whole long chapter page: allow it the time it needs on two cores.
	test.setTimeout(120_000);
	const { citation } = await openCitation(page);
	await expect(citation).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole piece shows every claim of the story, as a mark or in a table', async ({
		page
	}) => {
		await page.goto('/');
		const ids = await page
			.locator('[data-chart] [data-claim], [data-claim-row]')
			.evaluateAll((els) =>
				els
					.filter((e) => (e as HTMLElement).offsetParent !== null || e.closest('details'))
					.map((e) => e.getAttribute('data-claim') ?? e.getAttribute('data-claim-row'))
			);
		for (const claim of story.claims) expect(ids).toContain(claim.id);
		// Every step's figure stands in the flow, none hidden.
		const hidden = await page
			.locator('[data-figure]')
			.evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility === 'hidden').length);
		expect(hidden).toBe(0);
	});

	for (const scheme of ['light', 'dark'] as const)
		test(`screenshots of every chart, ${scheme}`, async ({ page }, info) => {
			test.skip(info.project.name !== 'phone' || !process.env.SCREENSHOTS, 'on request');
			await page.emulateMedia({ colorScheme: scheme });
			// A tall window, so the graphic box (a share of the window's height) clips nothing.
			await page.setViewportSize({ width: 412, height: 4000 });
			await page.goto('/');
			const charts = page.locator('[data-chart]:not([data-chart="map"])');
			let n = 0;
			for (const chart of await charts.all())
				await chart.screenshot({ path: `screenshots/chart-${++n}-${scheme}.png` });
		});
});
