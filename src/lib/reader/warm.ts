/**
 * A hidden figure is skipped by the browser (StickyGraphic's styles), so the page comes alive
 * without laying out every step's figure at once. The reader lays them out in idle time once
 * the page has been still a moment, one figure per idle period and nearest the reader's place
 * first (ahead before behind), and skips each again: the browser keeps a skipped figure's
 * layout, so the figure a step brings is ready when it comes, and a step only repaints.
 */
import { FIGURE } from '../contract';
import { stillFor } from '../scrolly/activity';

/** How long the page must have been still before a figure is warmed, in ms. */
const QUIET = 300;

/** The order to warm figures in: from `from` onwards, then backwards from just before it. */
export function warmingOrder(count: number, from: number): number[] {
	const start = Math.min(Math.max(from, 0), Math.max(count - 1, 0));
	const ahead = Array.from({ length: count - start }, (_, i) => start + i);
	const behind = Array.from({ length: start }, (_, i) => start - 1 - i);
	return [...ahead, ...behind];
}

export function warmFigures(figures: HTMLElement[], near: () => number): void {
	const idle =
		'requestIdleCallback' in window
			? (run: () => void) => requestIdleCallback(run, { timeout: 2000 })
			: (run: () => void) => setTimeout(run, 50);
	const next = () => {
		// Not while the reader scrolls: a figure laid out then would hold up the frames they watch.
		const wait = QUIET - stillFor();
		if (wait > 0) return void setTimeout(() => idle(next), wait);
		const cold = warmingOrder(figures.length, near())
			.map((i) => figures[i]!)
			.find((f) => !f.hasAttribute(FIGURE.warm));
		if (!cold) return;
		// Lay it out now, in idle time, and skip it again: the browser keeps its layout.
		cold.setAttribute(FIGURE.warm, 'now');
		cold.lastElementChild?.getBoundingClientRect();
		cold.setAttribute(FIGURE.warm, 'done');
		idle(next);
	};
	idle(next);
}
