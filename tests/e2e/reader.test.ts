import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allSections, chapters, drawn, firstWords, jumpToStep, ready } from './helpers';

/** Scrolls with the wheel until the step's top is just past the trigger line. */
async function scrollToStep(page: Page, id: string) {
	const delta = await page.evaluate((stepId) => {
		const step = document.getElementById(stepId)!;
		const trigger = Number(getComputedStyle(step).getPropertyValue('--trigger'));
		return step.getBoundingClientRect().top - trigger * window.innerHeight + 20;
	}, id);
	await page.mouse.wheel(0, delta);
}

const activeStep = (page: Page) => page.locator('[data-step][data-active="true"]');

/** Records every step that ever becomes active, from before the page's own scripts run. */
async function recordActivations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { activated: string[] }).activated = seen;
		new MutationObserver((records) => {
			for (const r of records) {
				const el = r.target as HTMLElement;
				if (el.dataset.active === 'true' && !seen.includes(el.id)) seen.push(el.id);
			}
		}).observe(document, { attributes: true, attributeFilter: ['data-active'], subtree: true });
	});
}

for (const chapter of chapters) {
	test(`scrolling through ${chapter.slug} makes each step active in turn`, async ({ page }) => {
		await page.goto(`/${chapter.slug}/`);
		await ready(page);
		for (const step of chapter.steps) {
			await scrollToStep(page, step.id);
			await expect(activeStep(page)).toHaveAttribute('id', step.id);
			await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
		}
		await expect(activeStep(page)).toHaveCount(1);
	});
}

test('a jump of several screens ends on the right step, and scrolling back up too', async ({
	page
}) => {
	const chapter = chapters.find((c) => c.steps.length >= 4) ?? chapters[0]!;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	const last = chapter.steps.at(-1)!;
	const target = chapter.steps[1]!;
	for (const step of [last, target]) {
		await jumpToStep(page, step.id);
		await expect(activeStep(page)).toHaveAttribute('id', step.id);
	}
});

test('a fast fling that skips steps settles on the step under the trigger line', async ({
	page
}) => {
	const chapter = chapters.find((c) => c.steps.length >= 5) ?? chapters[0]!;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 700);
	const expected = await page.evaluate(async () => {
		await new Promise((r) => setTimeout(r, 600));
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		const line = Number(getComputedStyle(steps[0]!).getPropertyValue('--trigger')) * innerHeight;
		return steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1)?.id;
	});
	expect(expected).toBeTruthy();
	await expect(activeStep(page)).toHaveAttribute('id', expected!);
});

test('the first and last steps of the piece can become active', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const first = allSections[0]!.steps[0]!;
	const last = allSections.at(-1)!.steps.at(-1)!;
	await scrollToStep(page, first.id);
	await expect(activeStep(page)).toHaveAttribute('id', first.id);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expect(activeStep(page)).toHaveAttribute('id', last.id);
});

test('a resize re-measures and keeps the step on the line active', async ({ page }) => {
	const chapter = chapters[0]!;
	await page.goto(`/${chapter.slug}/`);
	await ready(page);
	const step = chapter.steps[Math.min(2, chapter.steps.length - 1)]!;
	await scrollToStep(page, step.id);
	await expect(activeStep(page)).toHaveAttribute('id', step.id);
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	await jumpToStep(page, step.id);
	await expect(activeStep(page)).toHaveAttribute('id', step.id);
});

test.describe('deep links', () => {
	const chapter = chapters.find((c) => c.steps.length >= 3) ?? chapters[0]!;
	const third = chapter.steps[2] ?? chapter.steps.at(-1)!;

	for (const path of [`/${chapter.slug}/`, '/']) {
		test(`${path}#${third.id} opens at that step without firing the ones before`, async ({
			page
		}) => {
			await recordActivations(page);
			await page.goto(`${path}#${third.id}`);
			await ready(page);
			await expect(activeStep(page)).toHaveAttribute('id', third.id);
			await expect(page.locator(`#${third.id}`)).toBeInViewport();
			const activated = await page.evaluate(
				() => (window as unknown as { activated: string[] }).activated
			);
			expect(activated).toEqual([third.id]);
		});
	}

	test('scrolling updates the hash without adding history entries', async ({ page }) => {
		await page.goto(`/${chapter.slug}/`);
		await ready(page);
		const before = await page.evaluate(() => history.length);
		for (const step of chapter.steps.slice(0, 3)) {
			await scrollToStep(page, step.id);
			await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
		}
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('a scroll through several steps rewrites the URL once, when the reader stops', async ({
		page
	}) => {
		// Rewriting the URL lays the page out, so a scrolling reader should not pay for it.
		await recordActivations(page);
		await page.addInitScript(() => {
			const urls: string[] = [];
			(window as unknown as { urls: string[] }).urls = urls;
			const replace = history.replaceState.bind(history);
			history.replaceState = (data, unused, url) => {
				urls.push(String(url));
				replace(data, unused, url);
			};
		});
		await page.goto(`/${chapter.slug}/`);
		await ready(page);
		// A steady scroll at every frame, driven in the page so that a busy test machine cannot
		// leave gaps in it: the page never stands still until the target step is current.
		const target = chapter.steps[Math.min(3, chapter.steps.length - 1)]!;
		await page.evaluate(
			(id) =>
				new Promise<void>((done) => {
					const step = document.getElementById(id)!;
					const trigger = Number(getComputedStyle(step).getPropertyValue('--trigger'));
					const frame = () => {
						const left = step.getBoundingClientRect().top - trigger * innerHeight;
						if (left < -10) return done();
						scrollBy(0, Math.min(12, left + 20));
						requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
				}),
			target.id
		);
		await expect(activeStep(page)).toHaveAttribute('id', target.id);
		await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
		const { activated, urls } = await page.evaluate(() => {
			const w = window as unknown as { activated: string[]; urls: string[] };
			return { activated: w.activated, urls: w.urls };
		});
		expect(activated.length).toBeGreaterThanOrEqual(3);
		expect(urls).toEqual([expect.stringMatching(new RegExp(`#${target.id}$`))]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/', ...chapters.map((c) => `/${c.slug}/`)]) {
		test(`${path} shows every step's text`, async ({ page }) => {
			await page.goto(path);
			const sections = path === '/' ? allSections : chapters.filter((c) => path === `/${c.slug}/`);
			for (const section of sections)
				for (const step of section.steps) {
					const text = page
						.locator(`#${step.id}`)
						.getByText(firstWords(step.text), { exact: false });
					await expect(text).toBeVisible();
				}
		});
	}

	test('the chapter menu still works as a disclosure', async ({ page }) => {
		await page.goto('/');
		await page.locator('summary', { hasText: 'Chapters' }).click();
		await page
			.getByRole('navigation', { name: 'Chapters' })
			.getByRole('link', { name: chapters[1]!.title })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${chapters[1]!.slug}/$`));
	});
});

test.describe('at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const path of ['/', ...chapters.map((c) => `/${c.slug}/`)]) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			await ready(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				320
			);
		});
	}
});

test('at 200 % zoom the text still fits the screen', async ({ page }) => {
	await page.goto(`/${chapters[0]!.slug}/`);
	await ready(page);
	// 200 % zoom of a 640 px window is the layout of a 320 px one at twice the text size.
	await page.setViewportSize({ width: 640, height: 720 });
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
});

test.describe('dark mode and reduced motion', () => {
	test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });

	test('the page renders dark and runs no transitions', async ({ page }) => {
		await page.goto(`/${chapters[0]!.slug}/`);
		await ready(page);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(20, 20, 20)');
		await scrollToStep(page, chapters[0]!.steps[0]!.id);
		await expect(activeStep(page)).toHaveCount(1);
		const running = await page.evaluate(
			() =>
				[...document.querySelectorAll('*')].filter((el) => {
					const style = getComputedStyle(el);
					const seconds = (v: string) => Math.max(...v.split(',').map((d) => parseFloat(d) || 0));
					return seconds(style.transitionDuration) > 0 || seconds(style.animationDuration) > 0;
				}).length
		);
		expect(running).toBe(0);
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${colorScheme}`, () => {
		test.use({ colorScheme });
		for (const path of ['/', ...chapters.map((c) => `/${c.slug}/`)]) {
			test(`${path} has no violations`, async ({ page }) => {
				// axe reads the whole piece: on two loaded cores that can take half a minute.
				test.setTimeout(120_000);
				await page.goto(path);
				await ready(page);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
					[]
				);
			});
		}
	});
}

test('keyboard: the chapter menu opens, moves focus and jumps to a chapter', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const button = page.getByRole('button', { name: 'Chapters' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const links = page.locator('#chapter-menu-list a');
	await expect(links.first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(2)).toBeFocused();
	const href = await links.nth(2).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.locator('h1')).toHaveText(chapters[1]!.title);
});

for (const motion of ['no-preference', 'reduce'] as const)
	test(`hidden figures are skipped, and on a still page the reader warms every one (motion: ${motion})`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: motion });
		await page.goto(`/${chapters[0]!.slug}/`);
		await ready(page);
		const state = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('[data-stage] [data-figure]')].map((f) => ({
					current: f.getAttribute('data-current') === 'true',
					warm: f.hasAttribute('data-warm'),
					skipped: getComputedStyle(f).contentVisibility === 'hidden'
				}))
			);
		const first = await state();
		expect(first.length).toBeGreaterThan(1);
		// A figure is skipped by the browser exactly when it is not the one shown.
		for (const f of first) expect(f.skipped).toBe(!f.current);
		// The page is left still: the reader has the rest laid out, one idle period at a time, and
		// they stay skipped.
		await expect
			.poll(async () => (await state()).every((f) => f.warm && f.skipped === !f.current))
			.toBe(true);
	});

test.describe('parts of a long page far from the viewport', () => {
	/** Whether the browser draws what is inside the back matter (a skipped part's own box is
	 * laid out; only its contents are skipped). */
	const backMatterDrawn = (page: Page) =>
		page
			.locator('.back-matter > *')
			.first()
			.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

	test('are skipped until they come near, without the script', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		const rules = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('[data-defer]')].map(
					(el) => getComputedStyle(el).contentVisibility
				)
			);
		// Every step, graphic and chapter head, and the back matter.
		const steps = chapters.reduce((n, c) => n + c.steps.length, 0);
		const before = await rules();
		expect(before.length).toBeGreaterThan(steps);
		expect(new Set(before)).toEqual(new Set(['auto']));
		// From the first screen the back matter is far away: its contents are not drawn.
		await expect.poll(() => backMatterDrawn(page)).toBe(false);
		await page.locator('.back-matter').scrollIntoViewIfNeeded();
		await expect.poll(() => backMatterDrawn(page)).toBe(true);
		// In print nothing is skipped.
		await page.emulateMedia({ media: 'print' });
		expect(new Set(await rules())).toEqual(new Set(['visible']));
		await context.close();
	});

	test('are laid out by the reader once the page is still, and then always drawn', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await drawn(page);
		// The back matter, far below, is drawn: scrolling to it lays nothing out.
		expect(await backMatterDrawn(page)).toBe(true);
	});
});

test('while the reader scrolls, nothing in the page listens for scroll events', async ({
	page
}) => {
	// A scroll listener has the browser call into the page at every frame of a scroll.
	await page.goto('/');
	await ready(page);
	const cdp = await page.context().newCDPSession(page);
	const scrollListeners = async () => {
		let count = 0;
		for (const expression of ['document', 'window']) {
			const { result } = await cdp.send('Runtime.evaluate', { expression });
			const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
				objectId: result.objectId!
			});
			count += listeners.filter((l) => l.type === 'scroll').length;
		}
		return count;
	};
	// Still: one listener waits for the first event of the next movement.
	await expect.poll(scrollListeners).toBe(1);
	// A steady scroll at every frame, driven in the page, until the test has looked.
	await page.evaluate(() => {
		const w = window as unknown as { scrolling: boolean };
		w.scrolling = true;
		const frame = () => {
			scrollBy(0, 4);
			if (w.scrolling) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await page.waitForFunction(() => scrollY > 100);
	const moving = await scrollListeners();
	await page.evaluate(() => ((window as unknown as { scrolling: boolean }).scrolling = false));
	expect(moving).toBe(0);
});

test('skip to next chapter moves the reader on', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const skip = page
		.locator(`[data-chapter="${chapters[0]!.slug}"]`)
		.getByRole('link', { name: /skip to next chapter/i });
	await skip.click();
	await expect(page.locator(`#${chapters[1]!.slug}-title`)).toBeInViewport();
});

for (const path of [
	'/',
	`/${chapters[0]!.slug}/`,
	`/${chapters.at(-1)!.slug}/#${chapters.at(-1)!.steps[2]!.id}`
]) {
	test(`${path} does not shift its layout as it comes alive (CLS 0)`, async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
			w.shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & {
					value: number;
					sources?: { node?: Node }[];
				})[])
					w.shifts.push({
						value: e.value,
						sources: (e.sources ?? []).map(
							(s) => `${s.node?.nodeName} ${s.node?.parentElement?.className ?? ''}`
						)
					});
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path);
		await ready(page);
		await page.waitForTimeout(1000);
		const shifts = await page.evaluate(
			() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts
		);
		expect(shifts).toEqual([]);
	});
}
