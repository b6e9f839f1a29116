/**
 * The small things the page's script adds over the prerendered HTML, each checked in the
 * browser: copying, the progress bar, the graphic's tabs, and an actor picked in a chart
 * showing on the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chapters, jumpToStep, ready } from './helpers';

interface Story {
	chapters: {
		slug: string;
		steps: { id: string; claims: string[]; about: string[]; places: string[] }[];
	}[];
	claims: { id: string; actor: string; measure: string }[];
}
const story: Story = JSON.parse(
	readFileSync(`${process.env.BUILD_DIR ?? 'build'}/data/story.json`, 'utf8')
);
const actorOf = new Map(story.claims.map((c) => [c.id, c.actor]));

async function goToStep(page: Page, id: string) {
	await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
	await jumpToStep(page, id);
	await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-active', 'true');
}

test('Copy citation puts the citation on the clipboard and says so', async ({
	page,
	context
}, info) => {
	test.skip(info.project.name !== 'desktop', 'one clipboard run is enough');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/${chapters[0]!.slug}/`);
	await ready(page);
	const button = page.getByRole('button', { name: 'Copy citation' });
	await button.click();
	await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await page.locator('.cite-text').textContent());
	expect(copied).toContain(`/${chapters[0]!.slug}/`);
});

test('the progress bar fills as the reader goes down the page', async ({ page }) => {
	await page.goto(`/${chapters[0]!.slug}/`);
	await ready(page);
	const fill = page.locator('[data-progress]');
	const scale = () =>
		fill.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a as number);
	expect(await scale()).toBe(0);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expect.poll(scale).toBe(1);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
	await expect.poll(scale).toBeGreaterThan(0.3);
	await expect.poll(scale).toBeLessThan(0.7);
});

test('an actor picked in a chart lights the places of its steps on the map', async ({ page }) => {
	// Actors whose claims belong to steps with places.
	const candidates = story.chapters.flatMap((c) =>
		[...new Set(c.steps.flatMap((s) => s.claims).map((id) => actorOf.get(id)!))]
			.map((actor) => ({
				chapter: c,
				actor,
				places: [
					...new Set(
						c.steps
							.filter((s) => [...s.claims, ...s.about].some((id) => actorOf.get(id) === actor))
							.flatMap((s) => s.places)
					)
				]
			}))
			.filter((x) => x.places.length > 0)
	);
	const mapOf = (slug: string) => page.locator(`[data-chapter="${slug}"] [data-chart="map"]`);
	const drawnOn = (slug: string) =>
		mapOf(slug)
			.locator('[data-place]')
			.evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.place!));
	// The map takes a pick as it comes into view: find a step whose graphic is the map and which
	// draws one of such an actor's places.
	let found: ((typeof candidates)[number] & { mapStep: string }) | undefined;
	for (const slug of new Set(candidates.map((c) => c.chapter.slug))) {
		await page.goto(`/${slug}/`);
		await ready(page);
		const mapSteps = await page
			.locator(`[data-chapter="${slug}"] [data-step][data-shows$="-map"]`)
			.evaluateAll((els) => els.map((e) => e.id));
		for (const mapStep of mapSteps) {
			await goToStep(page, mapStep);
			const drawn = await drawnOn(slug);
			const hit = candidates.find(
				(c) => c.chapter.slug === slug && drawn.some((id) => c.places.includes(id))
			);
			if (hit) found = { ...hit, mapStep };
			if (found) break;
		}
		if (found) break;
	}
	test.skip(!found, 'no map step draws a place of an actor with claims');
	const { chapter, actor, places, mapStep } = found!;
	const step = chapter.steps.find((s) => s.claims.some((id) => actorOf.get(id) === actor))!;
	await goToStep(page, step.id);
	const graphic = page.locator(`[data-chapter="${chapter.slug}"] [data-graphic]`);
	const shows = await page.locator(`[id="${step.id}"]`).getAttribute('data-shows');
	const legend = graphic
		.locator(`[data-figure="${shows}"] button[data-pick-actor="${actor}"]`)
		.first();
	await expect(legend).toBeVisible();
	// A dispatched click: Playwright's own would first scroll the sticky graphic's button "into
	// view", which moves the page and so the step.
	await legend.dispatchEvent('click');
	await expect(legend).toHaveAttribute('aria-pressed', 'true');
	await goToStep(page, mapStep);
	const map = mapOf(chapter.slug);
	await expect(map.locator('svg').first()).toBeVisible();
	// Every place on the map is lit exactly when a step about the actor is set there.
	const drawn = await drawnOn(chapter.slug);
	expect(drawn.some((id) => places.includes(id))).toBe(true);
	for (const id of drawn)
		await expect(map.locator(`[data-place="${id}"]`)).toHaveAttribute(
			'data-highlighted',
			String(places.includes(id))
		);
	// Picking it again lets go.
	await legend.dispatchEvent('click');
	await expect(legend).toHaveAttribute('aria-pressed', 'false');
});

test('hovering a claim mark with a mouse lights its actor in every chart', async ({
	page
}, info) => {
	test.skip(info.project.name !== 'desktop', 'hover needs a mouse');
	// A claim whose actor has other claims in the chapter that its step is not about, so the
	// hover is what lights them.
	const found = story.chapters
		.flatMap((chapter) =>
			chapter.steps.flatMap((step) => step.claims.map((id) => ({ chapter, step, id })))
		)
		.find(({ chapter, step, id }) =>
			chapter.steps
				.flatMap((s) => s.claims)
				.some(
					(c) => actorOf.get(c) === actorOf.get(id) && ![...step.claims, ...step.about].includes(c)
				)
		);
	test.skip(!found, 'no actor with claims in two steps');
	const { chapter, step, id } = found!;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	await goToStep(page, step.id);
	const graphic = page.locator(`[data-chapter="${chapter.slug}"] [data-graphic]`);
	const mark = graphic.locator(`[data-current="true"] button[data-claim="${id}"]`);
	await expect(mark).toBeInViewport();
	const box = (await mark.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const actor = actorOf.get(id)!;
	for (const other of await graphic.locator(`[data-claim][data-actor="${actor}"]`).all())
		await expect(other).toHaveAttribute('data-highlighted', 'true');
	// Moving away lets go: only what the build lit for each figure's own step stays lit.
	await page.mouse.move(0, 0);
	for (const other of await graphic.locator(`[data-claim][data-actor="${actor}"]`).all())
		await expect(other).toHaveAttribute(
			'data-highlighted',
			(await other.getAttribute('data-lit')) ?? 'false'
		);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('nothing offers an action that cannot work', async ({ page }) => {
		await page.goto(`/${chapters[0]!.slug}/`);
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
		await expect(page.locator('button[data-pick-actor]:visible')).toHaveCount(0);
		await expect(page.locator('[data-chart="map"] [role="button"]')).toHaveCount(0);
	});
});
