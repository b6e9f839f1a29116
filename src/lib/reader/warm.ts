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
/** The work one idle period does before it yields, in ms: no task a phone waits on is long,
 * and the parts of a long page are all drawn within a few frames of a still start. */
const SLICE = 12;

/** The order to lay figures or parts out in: from `from` onwards, then backwards from just
 * before it. */
export function warmingOrder(count: number, from: number): number[] {
	const start = Math.min(Math.max(from, 0), Math.max(count - 1, 0));
	const ahead = Array.from({ length: count - start }, (_, i) => start + i);
	const behind = Array.from({ length: start }, (_, i) => start - 1 - i);
	return [...ahead, ...behind];
}

/** Where to start among the parts still skipped, in page order, given where each one's box
 * ends relative to the top of the viewport: the first that reaches into or below the
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
	/** Lays out skipped parts, nearest first, until `until`; false if none was left. */
	const lift = (until: number) => {
		const left = parts.filter((part) => part.hasAttribute(DEFER.attr));
		const bottoms = left.map((part) => part.getBoundingClientRect().bottom);
		for (const i of warmingOrder(left.length, nextPart(bottoms))) {
			left[i]!.removeAttribute(DEFER.attr);
			// Laid out now, in idle time, rather than in the frame that scrolls to it.
			left[i]!.getBoundingClientRect();
			if (performance.now() >= until) break;
		}
		return left.length > 0;
	};
	/** Lays out hidden figures, nearest first, until `until`; false if none was left. */
	const warm = (until: number) => {
		const cold = warmingOrder(figures.length, near())
			.map((i) => figures[i]!)
			.filter((f) => !f.hasAttribute(FIGURE.warm));
		for (const figure of cold) {
			// Lay it out now, and skip it again: the browser keeps its layout.
			figure.setAttribute(FIGURE.warm, 'now');
			figure.lastElementChild?.getBoundingClientRect();
			figure.setAttribute(FIGURE.warm, 'done');
			if (performance.now() >= until) break;
		}
		return cold.length > 0;
	};
	const next = () => {
		// Not while the reader scrolls: what is laid out then would hold up the frames they watch.
		const wait = QUIET - stillFor();
		if (wait > 0) return void setTimeout(() => idle(next), wait);
		const until = performance.now() + SLICE;
		if (lift(until) || warm(until)) idle(next);
	};
	idle(next);
}
