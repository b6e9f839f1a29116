/**
 * Each claim's button sits over its label (or its mark), placed by the figure's hashed stylesheet rather than
 * style attributes (src/lib/charts/figure-sheet.ts), and using the charts — picking an actor,
 * opening a citation — breaks no rule of the page's Content-Security-Policy.
 */
import { expect, test } from '@playwright/test';
import { chapters, ready } from './helpers';

const routes = ['/', `/${chapters[0]!.slug}/`, `/embed/${chapters[0]!.slug}/`];

for (const route of routes) {
	test(`${route}: every mark button covers its label or mark`, async ({ page }) => {
		await page.goto(route);
		const problems = await page.evaluate(() => {
			const out: string[] = [];
			const buttons = [...document.querySelectorAll<HTMLElement>('.step-figure .mark-button')];
			if (buttons.length === 0) out.push('no mark buttons');
			for (const button of buttons) {
				const claim = button.dataset.claim!;
				const figure = button.closest('.step-figure')!;
				// Its label or its drawing; a mark without a label of its own (the total over a sum)
				// is named on a line of the figure's text.
				const labelled = figure.querySelector(`[data-label="${claim}"]`);
				const drawn = [
					...figure.querySelectorAll(
						labelled ? `[data-label="${claim}"], [data-mark="${claim}"]` : 'text'
					)
				].map((el) => el.getBoundingClientRect());
				const b = button.getBoundingClientRect();
				const inside = (r: DOMRect) => {
					const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
					return x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1;
				};
				if (b.width < 10 || b.height < 10)
					out.push(`${claim}: button ${b.width.toFixed(1)}×${b.height.toFixed(1)}`);
				else if (!drawn.some(inside)) out.push(`${claim}: neither label nor mark under its button`);
			}
			return out;
		});
		expect(problems).toEqual([]);
	});
}

test('picking an actor and opening a citation break no CSP rule', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) violations.push(message.text());
	});
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation(t: string): void }).__cspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
			)
		);
	});
	await page.goto(`/${chapters[0]!.slug}/`);
	await ready(page);
	const chip = page.locator('[data-pick-actor]:visible').first();
	await chip.scrollIntoViewIfNeeded();
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	const mark = page.locator('[data-current="true"] .mark-button, .forces .mark-button').first();
	await mark.scrollIntoViewIfNeeded();
	await mark.click();
	await expect(page.locator('[data-citation]:popover-open')).toHaveCount(1);
	expect(violations, 'CSP violations while reading').toEqual([]);
	// The listener hears a breach: a style attribute set now is refused, and reported.
	const applied = await page.evaluate(() => {
		const el = document.createElement('div');
		el.setAttribute('style', 'color: rgb(255, 0, 0)');
		document.body.append(el);
		const red = getComputedStyle(el).color === 'rgb(255, 0, 0)';
		el.remove();
		return red;
	});
	expect(applied, 'a style attribute is refused').toBe(false);
	await expect.poll(() => violations.filter((v) => /style-src/.test(v)).length).toBe(1);
});
