import { expect, test } from '@playwright/test';
import { built, chapters } from './helpers';

test('the whole piece loads', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveText(built.meta.title);
	for (const chapter of chapters)
		await expect(page.locator(`[data-chapter="${chapter.slug}"]`)).toHaveCount(1);
});

for (const chapter of chapters) {
	test(`chapter ${chapter.slug} loads with its title and steps`, async ({ page }) => {
		const response = await page.goto(`/${chapter.slug}/`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText(chapter.title);
		await expect(page.locator('[data-step]')).toHaveCount(chapter.steps.length);
		await expect(page).toHaveTitle(new RegExp(chapter.title));
	});
}

test('the story data parses and matches the pages', async ({ request }) => {
	const response = await request.get('/data/story.json');
	expect(response.status()).toBe(200);
	const story = await response.json();
	expect(story.chapters.map((c: { slug: string }) => c.slug)).toEqual(chapters.map((c) => c.slug));
});

test('an unknown URL gets a 404 page that links home', async ({ page }) => {
	const response = await page.goto('/no-such-chapter/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await page.getByRole('link', { name: /start of/i }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('h1')).toHaveText(built.meta.title);
});
