/**
 * Drives every step on the page: the scroller says which step is on the trigger line; the page
 * keeps that, and what the reader picked, and has each section show it. The URL hash follows
 * the reader without adding to the history. In print every graphic shows its final state.
 */
import { parseStepAnchor, stepAnchor, stepShownIn } from '../scrolly/position';
import { watchSteps } from '../scrolly/scroller';
import { CHART, MARK, PAGE, STEP } from '../contract';
import { SectionView } from './graphic';
import type { Picks } from './state';

export function driveStory(sectionEls: HTMLElement[]): void {
	const page = { section: null as string | null, step: -1, printing: false };
	const picks: Picks = { actor: null, place: null };
	const pick = (change: Partial<Picks>) => {
		Object.assign(picks, change);
		render();
	};
	const sections = sectionEls.map((el) => new SectionView(el, pick, () => picks));
	const order = sections.map((s) => s.slug);
	// What each section was last told: a step change only redraws the sections it touches.
	const told = new Map<SectionView, string>();
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
		if (actor && actor !== picks.actor) pick({ actor });
	});
	document.addEventListener('pointerout', (event) => {
		if (hovered(event) && !(event.relatedTarget as Element | null)?.closest?.(`[${MARK.claim}]`))
			pick({ actor: null });
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
		? steps.findIndex((s) => s.id === stepAnchor(target.slug, target.index))
		: -1;
	const trigger = () =>
		Number(getComputedStyle(steps[0] ?? document.body).getPropertyValue(PAGE.trigger)) || 0.5;
	const url = (hash: string) => location.pathname + location.search + hash;

	render();
	watchSteps(steps, {
		offset: trigger,
		initial: initial >= 0 ? initial : undefined,
		onStep(index) {
			const el = steps[index];
			if (!el) {
				page.section = null;
				page.step = -1;
				if (location.hash) history.replaceState(history.state, '', url(''));
			} else {
				page.section = el.getAttribute(STEP.section) ?? '';
				page.step = Number(el.getAttribute(STEP.index));
				// Only rewrite the hash once the reader has moved, so a fresh page keeps its plain URL.
				if (location.hash !== `#${el.id}` && (location.hash || window.scrollY > 0))
					history.replaceState(history.state, '', url(`#${el.id}`));
			}
			render();
		}
	});
}
