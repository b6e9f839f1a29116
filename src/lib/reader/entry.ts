/**
 * The story pages' only script, inline in each page (scripts/inline-scripts.js). The pages are
 * complete without it; it adds the scroll-driven graphics, the linked charts and map, the
 * menu, the progress bar and the copy buttons, reading everything from the prerendered HTML.
 */
import { PAGE } from '../contract';
import { enhanceActions } from './actions';
import { linkTextFigures } from './figures';
import { enhanceMenu } from './menu';
import { trackProgress } from './progress';
import { driveStory } from './steps';

// Set before the body is parsed, so the first paint already has the scripted layout (setting
// it only once the page has come alive would redraw it then: a layout shift).
const root = document.documentElement;
root.classList.add(PAGE.scripted);

function safely(run: () => void) {
	try {
		run();
	} catch (error) {
		// Fail safe: a page the script could not finish bringing alive goes back to the complete
		// layout it has without a script (every graphic view standing above its steps), rather
		// than keeping dead buttons over hidden views.
		root.classList.remove(PAGE.scripted);
		throw error;
	}
}

function enhance() {
	const sections = [...document.querySelectorAll<HTMLElement>(`section[${PAGE.chapter}]`)];
	const followScroll = sections.length > 0 ? driveStory(sections) : undefined;
	enhanceActions(document);
	linkTextFigures(document);
	// What measures the page waits for its first frame: measuring now would lay the whole page
	// out inside this task, and a phone would wait on one long task rather than two short ones.
	requestAnimationFrame(() => setTimeout(() => safely(measured)));
	function measured() {
		followScroll?.();
		const fill = document.querySelector<HTMLElement>(`[${PAGE.progress}]`);
		if (fill) trackProgress(fill);
		// Last: tests (and readers) take the menu's button as the sign that the page is ready.
		const menu = document.querySelector<HTMLElement>(`[${PAGE.menu}]`);
		if (menu) enhanceMenu(menu);
	}
}

// In a task of its own, not inside the parser's last one: the two together made one long task
// that a phone's first tap had to wait out (Lighthouse's TBT for / fell from a median of 159 ms
// to 111 over 14 runs each). A deep link's step is still drawn at once, before the first paint.
const start = () => (location.hash ? safely(enhance) : setTimeout(() => safely(enhance)));
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
