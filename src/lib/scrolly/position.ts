/** Where the reader is, in terms of steps: pure helpers shared by the scroller and the pages. */

/** A step's anchor, `<slug>-<n>` (1-based): the step's id in the story's data. */
export { stepId as stepAnchor } from '../story/derive';

/** Reads a step anchor (`#town-3` or `town-3`) against the slugs on the page. */
export function parseStepAnchor(
	hash: string,
	sections: { slug: string; steps: number }[]
): { slug: string; position: number } | undefined {
	const m = /^#?(.+)-(\d+)$/.exec(decodeURIComponent(hash));
	if (!m) return undefined;
	const section = sections.find((s) => s.slug === m[1]);
	const n = Number(m[2]);
	if (!section || n < 1 || n > section.steps) return undefined;
	return { slug: section.slug, position: n - 1 };
}

/**
 * The step a section's graphic shows: its own active step when the reader is in it, its last
 * step once the reader has passed it, and -1 (nothing yet) before the reader reaches it.
 */
export function stepShownIn(
	slug: string,
	order: string[],
	focus: { section: string | null; step: number },
	stepCount: number
): number {
	if (focus.section === slug) return focus.step;
	const here = order.indexOf(slug);
	const there = focus.section === null ? -1 : order.indexOf(focus.section);
	return there > here ? stepCount - 1 : -1;
}

/**
 * The step that sits on the trigger line, from step boxes measured top and bottom in viewport
 * pixels. Used to settle on the right step after a fling or a jump, whatever events fired.
 */
export function stepAtLine(boxes: { top: number; bottom: number }[], line: number): number {
	let found = -1;
	boxes.forEach((box, i) => {
		if (box.top <= line) found = i;
	});
	return found;
}

/** Fraction of the page read, 0–1, for the progress bar. */
export function readingProgress(scrollY: number, viewport: number, pageHeight: number): number {
	const travel = pageHeight - viewport;
	if (travel <= 0) return 1;
	return Math.min(1, Math.max(0, scrollY / travel));
}
