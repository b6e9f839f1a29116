/** What the browser tests share: the built story's shape, read from the published data file. */
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

export interface BuiltSection {
	slug: string;
	title: string;
	steps: { id: string; text: string }[];
}

export interface BuiltStory {
	meta: { title: string; siteUrl: string };
	opening: BuiltSection;
	chapters: BuiltSection[];
	closing: BuiltSection;
}

/** The story as the build published it, so the tests follow whichever story was built. */
export const built: BuiltStory = JSON.parse(
	readFileSync(`${process.env.BUILD_DIR ?? 'build'}/data/story.json`, 'utf8')
);
export const chapters = built.chapters;
export const allSections = [built.opening, ...built.chapters, built.closing];

/** The first words of a step's text, for finding it on a page. */
export function firstWords(text: string, n = 6): string {
	return text.split(/\s+/).slice(0, n).join(' ');
}

/** Waits until the page's scripts have taken over (the chapter menu turns into a button). */
export async function ready(page: import('@playwright/test').Page) {
	await page.getByRole('button', { name: 'Chapters' }).waitFor();
}

/**
 * Waits until the reader, once the page is still, has laid out every part it let the browser
 * skip. A sweep that scrolls and reads in one go gives the browser no frame in which to draw a
 * skipped part; a reader scrolling always does.
 */
export async function drawn(page: import('@playwright/test').Page) {
	await expect.poll(() => page.locator('[data-defer]').count(), { timeout: 15_000 }).toBe(0);
}

/** Jumps (no scrolling in between) so a step's top is just past the page's own trigger line. */
export async function jumpToStep(page: import('@playwright/test').Page, id: string) {
	await page.evaluate((stepId) => {
		const el = document.getElementById(stepId)!;
		const trigger = Number(getComputedStyle(el).getPropertyValue('--trigger'));
		window.scrollTo(
			0,
			window.scrollY + el.getBoundingClientRect().top - trigger * innerHeight + 20
		);
	}, id);
}
