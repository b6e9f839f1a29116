/**
 * Drives every step on the page: the scroller says which step is on the trigger line; the page
 * keeps that, and what the reader picked, and has each section show it. The URL hash follows
 * the reader without adding to the history. In print every graphic shows its final state.
 */
import { parseStepAnchor, stepAnchor, stepShownIn } from '../scrolly/position';
import { stillFor, watchScrolling } from '../scrolly/activity';
import { watchSteps } from '../scrolly/scroller';
import { CHART, DEFER, FIGURE, MAP_ATTR, MARK, PAGE, PICK, STEP } from '../contract';
import { all } from './dom';
import { announcer, phrase } from './figures';
import { foldGraphics } from './fold';
import { SectionView } from './graphic';
import { warmPage } from './warm';
import type { Picks } from './state';

/** How long after the page comes to rest (or a still page changes step) the URL names it. */
const HASH_DELAY_MS = 200;

/** Brings the sections alive; the function it returns starts following the scroll, which
 * measures the page. */
export function driveStory(sectionEls: HTMLElement[]): () => void {
	const page = { section: null as string | null, step: -1, printing: false };
	const picks: Picks = { actor: null, place: null };
	const say = announcer(document);
	const pick = (change: Partial<Picks>, aloud = true) => {
		Object.assign(picks, change);
		render();
		if (!aloud) return;
		// One polite line per pick: what is now highlighted, or that nothing is.
		const named = change.actor
			? document.querySelector(`[${PICK.actor}="${change.actor}"]`)?.textContent
			: change.place
				? document
						.querySelector(`[${MAP_ATTR.place}="${change.place}"] [${MAP_ATTR.hit}]`)
						?.getAttribute(MAP_ATTR.hit)
				: null;
		say(named ? phrase(document, 'picked', named.trim()) : phrase(document, 'cleared'));
	};
	const sections = sectionEls.map((el) => new SectionView(el, pick, () => picks));
	const order = sections.map((s) => s.slug);
	// What each section was last told: a step change only redraws the sections it touches.
	const told = new Map<SectionView, string>();
	const nameFolds = foldGraphics(document);
	const render = () => {
		for (const section of sections) {
			const shown = page.printing
				? -1
				: stepShownIn(section.slug, order, page, section.steps.length);
			const active = page.section === section.slug ? page.step : -1;
			const input = { shown, active, ...picks };
			const key = JSON.stringify(input);
			if (told.get(section) === key) continue;
			told.set(section, key);
			section.render(input);
		}
		nameFolds();
	};

	// Hover over a claim mark with a mouse: its actor is highlighted everywhere while it lasts.
	const hovered = (event: PointerEvent) =>
		event.pointerType === 'mouse'
			? (event.target as Element)
					.closest(`[${CHART.attr}] [${MARK.claim}]`)
					?.getAttribute(MARK.actor)
			: undefined;
	document.addEventListener('pointerover', (event) => {
		const actor = hovered(event);
		if (actor && actor !== picks.actor) pick({ actor }, false);
	});
	document.addEventListener('pointerout', (event) => {
		if (hovered(event) && !(event.relatedTarget as Element | null)?.closest?.(`[${MARK.claim}]`))
			pick({ actor: null }, false);
	});

	const print = matchMedia('print');
	const printing = (on: boolean) => {
		page.printing = on;
		render();
	};
	print.addEventListener('change', () => printing(print.matches));
	addEventListener('beforeprint', () => printing(true));
	addEventListener('afterprint', () => printing(false));

	const steps = sections.flatMap((s) => s.steps);
	const target = parseStepAnchor(
		location.hash,
		sections.map((s) => ({ slug: s.slug, steps: s.steps.length }))
	);
	const initial = target
		? steps.findIndex((s) => s.id === stepAnchor(target.slug, target.position))
		: -1;
	const trigger = () =>
		Number(getComputedStyle(steps[0] ?? document.body).getPropertyValue(PAGE.trigger)) || 0.5;
	const url = (hash: string) => location.pathname + location.search + hash;

	/** The step a keyboard has focus in, if it is on screen: the graphic follows it, not the
	 * scroll (a click leaves no visible focus, so a mouse reader's scrolling always wins). */
	const focused = () => {
		const el = document.activeElement;
		if (!el?.matches(':focus-visible')) return -1;
		const step = el?.closest<HTMLElement>(`[${STEP.attr}]`);
		const box = el?.getBoundingClientRect();
		return step && box && box.bottom > 0 && box.top < innerHeight ? steps.indexOf(step) : -1;
	};
	/** The figure in view says its name when it changes (not on the first paint). */
	let named: string | null = null;
	const nameFigure = (el: HTMLElement | undefined) => {
		const id = el?.getAttribute(STEP.shows);
		if (!el || !id || id === named) return;
		const first = named === null;
		named = id;
		const figure = el
			.closest(`[${PAGE.chapter}]`)
			?.querySelector(`[${FIGURE.attr}="${id}"][${FIGURE.name}]`);
		if (!first && figure) say(figure.getAttribute(FIGURE.name) ?? '');
	};

	/** The URL follows once the reader rests on a step: rewriting it lays the page out (the
	 * browser notes where to come back to), which would cost a scrolling reader a frame, and a
	 * fling through twenty steps needs only the last. */
	let hashTimer: ReturnType<typeof setTimeout> | undefined;
	let following: HTMLElement | undefined;
	const writeUrl = () => {
		// Not while the page moves: the stop sets the timer anew.
		if (stillFor() === 0) return;
		const el = following;
		if (!el) {
			if (location.hash) history.replaceState(history.state, '', url(''));
		} else if (location.hash !== `#${el.id}` && (location.hash || window.scrollY > 0))
			// Only once the reader has moved, so a fresh page keeps its plain URL.
			history.replaceState(history.state, '', url(`#${el.id}`));
	};
	const restThenWrite = () => {
		clearTimeout(hashTimer);
		hashTimer = setTimeout(writeUrl, HASH_DELAY_MS);
	};
	const followInUrl = (el: HTMLElement | undefined) => {
		following = el;
		restThenWrite();
	};
	watchScrolling((moving) => {
		if (!moving) restThenWrite();
	});

	const go = (position: number) => {
		const el = steps[position];
		page.section = el ? (el.getAttribute(STEP.section) ?? '') : null;
		page.step = el ? Number(el.getAttribute(STEP.position)) : -1;
		render();
		nameFigure(el);
		followInUrl(el);
	};
	// Focus moving into a step makes it the current one: a keyboard reader's graphic follows them.
	document.addEventListener('focusin', (event) => {
		const step = (event.target as Element).closest?.<HTMLElement>(`[${STEP.attr}]`);
		const position = step ? steps.indexOf(step) : -1;
		if (
			position >= 0 &&
			steps[position] !== steps.find((s) => s.getAttribute(STEP.active) === 'true')
		)
			go(position);
	});

	render();
	const figures = sectionEls.flatMap((el) => all(el, `[${FIGURE.stage}] [${FIGURE.attr}]`));
	warmPage(all(document, `[${DEFER.attr}]`), figures, () => {
		const el = sectionEls.find((s) => s.getAttribute(PAGE.chapter) === page.section);
		const shown = el?.querySelector<HTMLElement>(`[${FIGURE.attr}][${FIGURE.current}="true"]`);
		return shown ? figures.indexOf(shown) : 0;
	});
	// A deep link's step is drawn before the first paint; which step is on the line is measured
	// once the page has been laid out.
	if (initial >= 0) go(initial);
	return () =>
		watchSteps(steps, {
			offset: trigger,
			initial: initial >= 0 ? initial : undefined,
			onStep(position) {
				// While a step has focus on screen, scrolling that keeps it in view does not move on.
				const has = focused();
				go(has >= 0 ? has : position);
			}
		});
}
