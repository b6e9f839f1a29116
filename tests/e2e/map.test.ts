import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chapters, jumpToStep, ready } from './helpers';

/** The published steps carry their places (helpers' type leaves them out). */
type StepWithPlaces = { id: string; places?: string[]; claims?: string[] };

const withPlaces = (steps: StepWithPlaces[]) =>
	steps.flatMap((s, index) => ((s.places?.length ?? 0) > 0 ? [{ ...s, index }] : []));

/** A chapter step that is about places and shows the map (it has no figures of its own),
 * preferring one past the first. */
function stepWithPlaces() {
	for (const chapter of chapters) {
		const steps = withPlaces(chapter.steps as StepWithPlaces[]).filter((s) => !s.claims?.length);
		const step = steps.find((s) => s.index > 0) ?? steps[0];
		if (step) return { chapter, index: step.index, places: step.places! };
	}
	throw new Error('no step in the built story has places');
}

const target = stepWithPlaces();
const mapOf = (page: Page, slug: string) =>
	page.locator(`[data-chapter="${slug}"] [data-chart="map"]`);

/** Jumps to a step; when the step's graphic is the map, waits for its state to be shown. */
async function showMap(page: Page, slug: string, id: string, index: number): Promise<boolean> {
	await jumpToStep(page, id);
	const step = page.locator(`[id="${id}"]`);
	await expect(step).toHaveAttribute('data-active', 'true');
	// A step with figures shows its chart instead; the map is the graphic of the others.
	const shows = (await step.getAttribute('data-shows')) ?? '';
	if (!shows.endsWith('-map')) return false;
	const map = mapOf(page, slug);
	await expect(page.locator(`[data-figure="${shows}"]`)).toHaveAttribute('data-current', 'true');
	await expect(map.locator(`svg [data-map-state="${index}"]`)).toHaveCount(1);
	await expect(map.locator('svg').first()).toBeVisible();
	return true;
}

/** What a reader sees of the map's shown state, measured on screen. */
async function measure(page: Page, slug: string) {
	return mapOf(page, slug).evaluate((figure) => {
		const svg = figure.querySelector<SVGSVGElement>('svg[data-map]')!;
		const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
		const ctm = svg.getScreenCTM()!;
		const corner = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
		const a = corner(0, 0);
		const b = corner(w!, h!);
		const frame = { left: a.x, top: a.y, right: b.x, bottom: b.y };
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		};
		const live = svg.querySelector('[data-map-state]')!;
		const labels = [...live.querySelectorAll('text[data-label]')].map((t) => ({
			id: t.getAttribute('data-label')!,
			box: box(t)
		}));
		const countries = [...live.querySelectorAll('text.country')].map((t) => ({
			name: t.textContent!.trim(),
			box: box(t)
		}));
		const marks = [...live.querySelectorAll('[data-place]')].map((g) => {
			const dot = box(g.querySelector('.dot')!);
			const x = (dot.left + dot.right) / 2;
			const y = (dot.top + dot.bottom) / 2;
			const hit = document.elementFromPoint(x, y);
			const hitBox = box(g.querySelector('[data-hit]')!);
			return {
				id: g.getAttribute('data-place')!,
				picked: hit?.closest('[data-place]')?.getAttribute('data-place') ?? null,
				size: Math.min(hitBox.right - hitBox.left, hitBox.bottom - hitBox.top)
			};
		});
		const inset = svg.querySelector('[data-inset]');
		return {
			frame,
			labels,
			countries,
			marks,
			inset: !!inset && inset.getBoundingClientRect().width > 20
		};
	});
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box, slack = 1) =>
	a.left < b.right - slack &&
	b.left < a.right - slack &&
	a.top < b.bottom - slack &&
	b.top < a.bottom - slack;
const inside = (a: Box, f: Box, slack = 1) =>
	a.left >= f.left - slack &&
	a.top >= f.top - slack &&
	a.right <= f.right + slack &&
	a.bottom <= f.bottom + slack;

for (const size of [
	{ width: 360, height: 640 },
	{ width: 412, height: 915 },
	{ width: 1440, height: 900 }
])
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });
		for (const chapter of chapters) {
			const steps = withPlaces(chapter.steps as StepWithPlaces[]);
			if (steps.length === 0) continue;
			test(`every map step of ${chapter.slug} labels its places, names both countries and can be tapped`, async ({
				page
			}, info) => {
				// Phone sizes on the phone project (touch), the wide screen on the desktop one.
				test.skip(size.width < 800 !== (info.project.name === 'phone'), 'another device');
				test.setTimeout(120_000);
				await page.goto(`/${chapter.slug}/`);
				await ready(page);
				const problems: string[] = [];
				for (const step of steps) {
					if (!(await showMap(page, chapter.slug, step.id, step.index))) continue;
					const m = await measure(page, chapter.slug);
					const at = `step ${step.index + 1}`;
					for (const id of step.places!) {
						const label = m.labels.find((l) => l.id === id);
						if (!label) problems.push(`${at}: ${id} has no label`);
						else if (!inside(label.box, m.frame))
							problems.push(`${at}: ${id}'s label leaves the map`);
					}
					const texts = [
						...m.labels.map((l) => ({ what: l.id, box: l.box })),
						...m.countries.map((c) => ({ what: c.name, box: c.box }))
					];
					for (const [i, a] of texts.entries())
						for (const b of texts.slice(i + 1))
							if (overlap(a.box, b.box)) problems.push(`${at}: ${a.what} overlaps ${b.what}`);
					const names = m.countries.map((c) => c.name.toLowerCase());
					for (const country of ['lebanon', 'syria'])
						if (!names.includes(country)) problems.push(`${at}: ${country} is not named`);
					for (const mark of m.marks)
						if (mark.picked !== mark.id)
							problems.push(`${at}: a tap on ${mark.id} picks ${mark.picked}`);
					if (!m.inset) problems.push(`${at}: no inset`);
				}
				expect(problems).toEqual([]);
			});
		}
	});

test('scrolling to a step highlights its places on the map', async ({ page }) => {
	await page.goto(`/${target.chapter.slug}/`);
	await ready(page);
	await showMap(page, target.chapter.slug, target.chapter.steps[target.index]!.id, target.index);
	const map = mapOf(page, target.chapter.slug);
	for (const id of target.places)
		await expect(map.locator(`[data-place="${id}"]`)).toHaveAttribute('data-highlighted', 'true');
	await expect(map.locator('[data-place][data-highlighted="true"]')).toHaveCount(
		target.places.length
	);
});

test('tapping a place picks out the steps set there, and their claims', async ({ page }) => {
	await page.goto(`/${target.chapter.slug}/`);
	await ready(page);
	await showMap(page, target.chapter.slug, target.chapter.steps[target.index]!.id, target.index);
	const map = mapOf(page, target.chapter.slug);
	const id = target.places[0]!;
	const hit = map.locator(`[data-place="${id}"] [role="button"]`);
	const box = (await map.locator(`[data-place="${id}"] .dot`).boundingBox())!;
	// A real tap (or click) at the centre of the mark.
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(hit).toHaveAttribute('aria-pressed', 'true');
	const steps = target.chapter.steps as StepWithPlaces[];
	const there = steps.filter((s) => s.places?.includes(id));
	const section = page.locator(`[data-chapter="${target.chapter.slug}"]`);
	await expect(section.locator('[data-step][data-highlighted="true"]')).toHaveCount(there.length);
	for (const step of there)
		await expect(page.locator(`#${step.id}`)).toHaveAttribute('data-highlighted', 'true');
	// The keyboard picks it too, and lets go.
	await hit.focus();
	await page.keyboard.press('Enter');
	await expect(section.locator('[data-step][data-highlighted="true"]')).toHaveCount(0);
	const target24 = (await hit.boundingBox())!;
	expect(Math.min(target24.width, target24.height)).toBeGreaterThanOrEqual(24);
});

test('the map has no accessibility violations', async ({ page }) => {
	await page.goto(`/${target.chapter.slug}/`);
	await ready(page);
	await showMap(page, target.chapter.slug, target.chapter.steps[target.index]!.id, target.index);
	const results = await new AxeBuilder({ page }).include('[data-chart="map"]').analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a section’s map (its drawing and the states waiting for the script) stays within 12 KB gzip', async ({
	page
}) => {
	const { gzipSync } = await import('node:zlib');
	for (const chapter of chapters) {
		await page.goto(`/${chapter.slug}/`);
		const map = mapOf(page, chapter.slug);
		if ((await map.count()) === 0) continue;
		const html = await map
			.first()
			.evaluate((el) =>
				[...el.querySelectorAll(':scope > .frame > svg, :scope > template')]
					.map((x) => x.outerHTML)
					.join('')
			);
		expect(gzipSync(html).length, chapter.slug).toBeLessThanOrEqual(12 * 1024);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map is there with every place of the section, described in words', async ({ page }) => {
		await page.goto(`/${target.chapter.slug}/`);
		const figure = mapOf(page, target.chapter.slug);
		await expect(figure.locator('svg').first()).toBeVisible();
		for (const id of target.places)
			await expect(figure.locator(`svg [data-place="${id}"]`)).toHaveAttribute(
				'data-highlighted',
				'true'
			);
		for (const item of await figure.locator('.places li').all()) await expect(item).toBeVisible();
		await expect(figure).toContainText('Natural Earth');
	});
});
