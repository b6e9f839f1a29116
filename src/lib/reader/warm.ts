/**
 * The page comes alive without laying everything out at once: the parts far from the viewport
 * are skipped by the browser (DEFER, app.css), and so is every hidden figure (StickyGraphic's
 * styles). Once the page has been still a moment, the reader lays them out in idle time, a few
 * milliseconds' work per idle period, nearest the reader's place first (ahead before behind):
 * - first the deferred parts, which then stay drawn: a part the browser skips costs a scrolling
 *   reader a frame each time it comes near or goes, as the browser draws or drops it;
 * - then each hidden figure, skipped again at once: the browser keeps a skipped figure's
 *   layout, so the figure a step brings is ready when it comes, and a step only repaints.
 */
import { DEFER, FIGURE } from '../contract';
import { stillFor } from '../scrolly/activity';

/** How long the page must have been still before anything is laid out, in ms. */
const QUIET = 300;
/** The work one idle period does before it yields, in ms: no task a phone waits on is long. */
const SLICE = 6;

/** The order to warm figures in: from `from` onwards, then backwards from just before it. */
export function warmingOrder(count: number, from: number): number[] {
	const start = Math.min(Math.max(from, 0), Math.max(count - 1, 0));
	const ahead = Array.from({ length: count - start }, (_, i) => start + i);
	const behind = Array.from({ length: start }, (_, i) => start - 1 - i);
	return [...ahead, ...behind];
}

/** Which of the parts still skipped, in page order, to lay out next, given where each one's
 * box ends relative to the top of the viewport: the first that reaches into or below the
 * viewport, or, once every part ahead is done, the nearest behind (the last). */
export function nextPart(bottoms: number[]): number {
	const ahead = bottoms.findIndex((bottom) => bottom > 0);
	return ahead >= 0 ? ahead : bottoms.length - 1;
}

export function warmPage(parts: HTMLElement[], figures: HTMLElement[], near: () => number): void {
	const idle =
		'requestIdleCallback' in window
			? (run: () => void) => requestIdleCallback(run, { timeout: 2000 })
			: (run: () => void) => setTimeout(run, 50);
	const lift = () => {
		const left = parts.filter((part) => part.hasAttribute(DEFER.attr));
		if (left.length === 0) return false;
		const part = left[nextPart(left.map((p) => p.getBoundingClientRect().bottom))]!;
		part.removeAttribute(DEFER.attr);
		// Laid out now, in idle time, rather than in the frame that scrolls to it.
		part.getBoundingClientRect();
		return true;
	};
	const warm = () => {
		const cold = warmingOrder(figures.length, near())
			.map((i) => figures[i]!)
			.find((f) => !f.hasAttribute(FIGURE.warm));
		if (!cold) return false;
		// Lay it out now, and skip it again: the browser keeps its layout.
		cold.setAttribute(FIGURE.warm, 'now');
		cold.lastElementChild?.getBoundingClientRect();
		cold.setAttribute(FIGURE.warm, 'done');
		return true;
	};
	const next = () => {
		// Not while the reader scrolls: what is laid out then would hold up the frames they watch.
		const wait = QUIET - stillFor();
		if (wait > 0) return void setTimeout(() => idle(next), wait);
		const start = performance.now();
		do if (!lift() && !warm()) return;
		while (performance.now() - start < SLICE);
		idle(next);
	};
	idle(next);
}
