import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chapters, ready } from './helpers';

/** The published steps carry their places (helpers' type leaves them out). */
type StepWithPlaces = { id: string; places?: string[] };

/** A chapter step that is about places, preferring one past the first. */
function stepWithPlaces() {
	for (const chapter of chapters) {
		const steps = chapter.steps as StepWithPlaces[];
		const i = steps.findIndex((s, n) => n > 0 && (s.places?.length ?? 0) > 0);
		const at = i >= 0 ? i : steps.findIndex((s) => (s.places?.length ?? 0) > 0);
		if (at >= 0) return { chapter, index: at, places: steps[at]!.places! };
	}
	throw new Error('no step in the built story has places');
}

const target = stepWithPlaces();
const map = (page: Page) =>
	page.locator(`[data-chapter="${target.chapter.slug}"] [data-chart="map"]`);

/** Scrolls the step into the reader's focus and makes the map the graphic's current view. */
async function showStep(page: Page) {
	await page.goto(`/${target.chapter.slug}/`);
	await ready(page);
	const step = page.locator('[data-step]').nth(target.index);
	await step.scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 60);
	await expect(step).toHaveAttribute('data-active', 'true');
	const tab = page
		.locator(`[data-chapter="${target.chapter.slug}"] button[aria-pressed]`)
		.filter({ hasText: /^Map$/ });
	if ((await tab.count()) > 0 && (await tab.getAttribute('aria-pressed')) !== 'true')
		await tab.click();
	await expect(map(page).locator('svg').first()).toBeVisible();
}

test('scrolling to a step highlights its places on the map', async ({ page }) => {
	await showStep(page);
	for (const id of target.places) {
		const place = map(page).locator(`[data-place="${id}"]`);
		await expect(place).toHaveAttribute('data-highlighted', 'true');
	}
	const others = map(page).locator('[data-place][data-highlighted="true"]');
	await expect(others).toHaveCount(target.places.length);
});

test('tapping a place picks out the steps set there, and their claims', async ({ page }) => {
	await showStep(page);
	const id = target.places[0]!;
	const hit = map(page).locator(`[data-place="${id}"] [role="button"]`);
	await hit.dispatchEvent('click');
	await expect(hit).toHaveAttribute('aria-pressed', 'true');
	const steps = target.chapter.steps as (StepWithPlaces & { claims?: string[] })[];
	const there = steps.filter((s) => s.places?.includes(id));
	const section = page.locator(`[data-chapter="${target.chapter.slug}"]`);
	await expect(section.locator('[data-step][data-highlighted="true"]')).toHaveCount(there.length);
	for (const step of there) {
		await expect(page.locator(`#${step.id}`)).toHaveAttribute('data-highlighted', 'true');
		for (const claim of step.claims ?? [])
			for (const mark of await section.locator(`[data-chart] [data-claim="${claim}"]`).all())
				await expect(mark).toHaveAttribute('data-highlighted', 'true');
	}
	// Tapping it again lets go.
	await hit.dispatchEvent('click');
	await expect(section.locator('[data-step][data-highlighted="true"]')).toHaveCount(0);
	const box = await hit.boundingBox();
	expect(box!.width).toBeGreaterThanOrEqual(24);
	expect(box!.height).toBeGreaterThanOrEqual(24);
});

test('the map has no accessibility violations', async ({ page }) => {
	await showStep(page);
	const results = await new AxeBuilder({ page }).include('[data-chart="map"]').analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('no label leaves the map', async ({ page }) => {
		await showStep(page);
		const svg = await map(page).locator('svg').first().boundingBox();
		const labels = map(page).locator('text[data-label]');
		expect(await labels.count()).toBeGreaterThan(0);
		for (const label of await labels.all()) {
			const box = (await label.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(svg!.x - 0.5);
			expect(box.x + box.width).toBeLessThanOrEqual(svg!.x + svg!.width + 0.5);
			expect(box.y).toBeGreaterThanOrEqual(svg!.y - 0.5);
			expect(box.y + box.height).toBeLessThanOrEqual(svg!.y + svg!.height + 0.5);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map is there with every place of the section, described in words', async ({ page }) => {
		await page.goto(`/${target.chapter.slug}/`);
		const figure = map(page);
		await expect(figure.locator('svg').first()).toBeVisible();
		for (const id of target.places)
			await expect(figure.locator(`[data-place="${id}"]`)).toHaveAttribute(
				'data-highlighted',
				'true'
			);
		// The list of places stands open under the map.
		for (const item of await figure.locator('.places li').all()) await expect(item).toBeVisible();
		await expect(figure).toContainText('Natural Earth');
	});
});
