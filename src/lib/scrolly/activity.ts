/**
 * The page's own watch on scrolling, shared by everything that needs it (the settle
 * measurement, the progress bar, the URL, idle warming). A scroll event costs its listeners at
 * every frame, so this listens only for the first event of a movement, then looks at the scroll
 * position a few times a second until it stops changing, and listens again.
 */

/** How often a moving page is looked at, in ms. */
export const LOOK_MS = 100;

type Watcher = (moving: boolean) => void;

const watchers: Watcher[] = [];
/** Where the page was at the last look; none yet, so the first look finds it moving. */
let lastY = NaN;
let movedAt = 0;
let looking = false;

const look = () => {
	const y = window.scrollY;
	const moving = y !== lastY;
	lastY = y;
	if (moving) {
		movedAt = performance.now();
		setTimeout(look, LOOK_MS);
	} else {
		looking = false;
		addEventListener('scroll', start, { passive: true, once: true });
	}
	for (const watch of watchers) watch(moving);
};

function start() {
	movedAt = performance.now();
	if (looking) return;
	looking = true;
	setTimeout(look, LOOK_MS);
}

/**
 * Calls `watch(true)` about every LOOK_MS while the page scrolls, and `watch(false)` once when
 * it has stopped.
 */
export function watchScrolling(watch: Watcher): void {
	// Reading the position now would lay the page out: the first look reads it.
	if (watchers.length === 0) addEventListener('scroll', start, { passive: true, once: true });
	watchers.push(watch);
}

/** How long the page has been still, in ms (0 while it moves). */
export function stillFor(): number {
	return looking ? 0 : performance.now() - movedAt;
}
