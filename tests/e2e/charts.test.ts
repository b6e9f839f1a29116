import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { jumpToStep, ready } from './helpers';

/** The built story with what the charts need: each step's claims and each claim's actor. */
interface ChartStep {
	id: string;
	claims: string[];
	about: string[];
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

/** Scrolls a step to the trigger line and waits until it is the active one. */
async function goToStep(page: Page, id: string) {
	const step = page.locator(`[id="${id}"]`);
	await step.scrollIntoViewIfNeeded();
	await jumpToStep(page, id);
	await expect(step).toHaveAttribute('data-active', 'true');
}

for (const chapter of withClaims) {
	test(`charts of ${chapter.slug} follow the steps, forwards and back`, async ({ page }) => {
		await page.goto(`/${chapter.slug}/`);
		await ready(page);
		const all = claimsOf(chapter);
		const order = chapter.steps.map((_, i) => i);
		for (const i of [...order, ...order.slice(0, -1).reverse()]) {
			const step = chapter.steps[i]!;
			await goToStep(page, step.id);
			const shown = chapter.steps.slice(0, i + 1).flatMap((s) => s.claims);
			for (const id of all) {
				const mark = page.locator(`[data-chart] [data-claim="${id}"]`);
				await expect(mark).toHaveAttribute('data-visible', String(shown.includes(id)));
				if ([...step.claims, ...step.about].includes(id))
					await expect(mark).toHaveAttribute('data-highlighted', 'true');
			}
		}
	});
}

const linked = story.chapters.find((c) => {
	const claims = story.claims.filter((x) => claimsOf(c).includes(x.id));
	const strong = new Set(claims.filter((x) => x.measure === 'strength').map((x) => x.actor));
	return claims.some((x) => x.measure !== 'strength' && strong.has(x.actor));
});

test('tapping an actor in the strength chart highlights it in the casualty chart', async ({
	page
}) => {
	test.skip(!linked, 'no chapter has the same actor in both charts');
	const chapter = linked!;
	const claims = story.claims.filter((x) => claimsOf(chapter).includes(x.id));
	const strong = new Set(claims.filter((x) => x.measure === 'strength').map((x) => x.actor));
	const actor = claims.find((x) => x.measure !== 'strength' && strong.has(x.actor))!.actor;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	await goToStep(page, chapter.steps[0]!.id);
	const graphic = page.locator(`[data-chapter="${chapter.slug}"] [data-graphic]`);
	await graphic.getByRole('button', { name: 'Strength', exact: true }).click();
	const strength = graphic.locator('[data-chart="strength"]');
	await strength.locator(`.legend button[data-actor="${actor}"]`).click();
	const casualties = graphic.locator(`[data-chart="casualties"] [data-actor="${actor}"]`);
	expect(await casualties.count()).toBeGreaterThan(0);
	for (const mark of await casualties.all())
		await expect(mark).toHaveAttribute('data-highlighted', 'true');
	const others = graphic.locator(
		`[data-chart="casualties"] [data-claim]:not([data-actor="${actor}"])`
	);
	for (const mark of await others.all()) {
		const id = await mark.getAttribute('data-claim');
		if (!chapter.steps[0]!.claims.includes(id!) && !chapter.steps[0]!.about.includes(id!))
			await expect(mark).toHaveAttribute('data-highlighted', 'false');
	}
});

/** Opens the citation of the first claim of a chapter's first step that has claims. */
async function openCitation(page: Page) {
	const chapter = withClaims[0]!;
	const step = chapter.steps.find((s) => s.claims.length > 0)!;
	const id = step.claims[0]!;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	await goToStep(page, step.id);
	const mark = page.locator(`[data-chapter="${chapter.slug}"] [data-claim="${id}"]`);
	await expect(mark).toBeVisible();
	// The graphic brings the step's marks into its box; tap the mark where the reader sees it.
	// (Playwright's own click would first scroll the sticky graphic's mark "into view", which
	// moves the page and with it the active step.)
	await expect(mark).toBeInViewport();
	// Wait until the graphic has finished bringing the step's marks into view.
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

	test('the whole piece holds every claim of the story as a chart mark', async ({ page }) => {
		await page.goto('/');
		const ids = await page
			.locator('[data-chart] [data-claim]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')));
		for (const claim of story.claims) expect(ids).toContain(claim.id);
		await expect(page.locator('[data-chart] [data-visible="false"]')).toHaveCount(0);
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
