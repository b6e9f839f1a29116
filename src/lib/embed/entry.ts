/**
 * The embed's only script, small and free-standing: sizes the frame in the host page, reads
 * `?theme=` and `?step=`, opens citations next to the mark tapped and inside the part of the
 * frame the reader can see, and, when a pym parent reports where the frame is as the host
 * scrolls (pym's trackscroll option, set on the snippet), turns the flat steps into
 * scrollytelling: the graphic kept in the host's viewport, the step on the trigger line active.
 * Everything else works without it.
 */
import { EMBED_ATTR as E, FIGURE, PAGE, STEP, encodeFlag } from '../contract';
import { linkTextFigures } from '../reader/figures';
import { startHeightMessages } from './child';
import { activeStepOf, placeNear, stageOf, type HostView } from './layout';

function start() {
	const root = document.querySelector<HTMLElement>(`[${E.root}]`);
	const slug = root?.getAttribute(PAGE.chapter);
	if (!root || !slug) return;
	const html = document.documentElement;
	const query = new URLSearchParams(location.search);
	const theme = query.get('theme');
	if (theme === 'dark' || theme === 'light') html.setAttribute(E.theme, theme);
	// A map's list of places is open as prerendered (so it is whole without a script); here it
	// starts closed, to keep the frame short, and opens where it is tapped.
	root
		.querySelectorAll<HTMLDetailsElement>(`[${E.figure}] details[open]`)
		.forEach((d) => (d.open = false));
	// A figure in a step's text lights its mark while it has focus or the pointer, as on the page.
	linkTextFigures(document);
	const step = query.get('step');
	if (step && /^\d+$/.test(step))
		document.getElementById(`${slug}-${step}`)?.scrollIntoView({ block: 'start' });

	let view: HostView | undefined;
	let tapped: Element | null = null;
	let open: HTMLElement | null = null;
	let list: HTMLDetailsElement | null = null;

	/** The part of the frame the reader sees, in viewport px of the frame. */
	const visible = () => {
		const top = view ? Math.max(0, -view.top) : 0;
		const bottom = view ? Math.min(innerHeight, view.height - view.top) : innerHeight;
		return bottom > top ? { top, bottom } : { top: 0, bottom: innerHeight };
	};
	const place = () => {
		// A list opened past the visible part: the host scrolls it into view, once.
		if (list && view) {
			const box = list.getBoundingClientRect();
			if (box.bottom > visible().bottom) messages.scrollTo(box.top + scrollY - 8);
			list = null;
		}
		if (!open || !tapped) return;
		const v = visible();
		const box = open.style;
		box.maxHeight = `${Math.max(160, v.bottom - v.top - 16)}px`;
		box.inset = 'auto 0 auto 0';
		box.top = `${placeNear(tapped.getBoundingClientRect(), open.offsetHeight, v)}px`;
	};

	const steps = [...root.querySelectorAll<HTMLElement>(`[${STEP.attr}]`)];
	const figures = steps.map((s) => s.closest('section')?.querySelector(`[${E.figure}]`));
	let current = -1;
	const drive = () => {
		if (!view) return;
		const box = root.querySelector(`[${E.steps}]`)!.getBoundingClientRect();
		const stage = stageOf(view, { top: box.top + scrollY, height: box.height });
		root.style.setProperty('--stage-height', `${stage.height}px`);
		root.style.setProperty('--stage-y', `${stage.y}px`);
		root.style.setProperty('--host-height', `${view.height}px`);
		const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
		const active = activeStepOf(steps.map(top), view);
		if (active === current) return;
		current = active;
		steps.forEach((s, i) => {
			s.setAttribute(STEP.active, encodeFlag(i === active));
			if (i === active) s.setAttribute('aria-current', 'step');
			else s.removeAttribute('aria-current');
		});
		const shown =
			figures
				.slice(0, active + 1)
				.reverse()
				.find(Boolean) ?? figures.find(Boolean);
		figures.forEach((f) => f?.setAttribute(FIGURE.current, encodeFlag(f === shown)));
	};

	const messages = startHeightMessages(slug, (next, asked) => {
		view = next;
		// An answer to our own question places a citation; any other report means the host
		// tracks scrolling: from then on the embed is scroll-driven.
		if (!asked && !html.hasAttribute(E.scrolly)) {
			html.setAttribute(E.scrolly, '');
			root.querySelectorAll('details.fold').forEach((d) => ((d as HTMLDetailsElement).open = true));
		}
		if (html.hasAttribute(E.scrolly)) drive();
		place();
	});

	document.addEventListener(
		'click',
		(e) => {
			tapped = (e.target as Element).closest('[popovertarget]') ?? tapped;
		},
		true
	);
	document.addEventListener(
		'toggle',
		(e) => {
			const el = e.target as HTMLElement;
			if (el instanceof HTMLDetailsElement && el.open && el.closest(`[${E.figure}]`)) {
				list = el;
				return messages.ask();
			}
			if (!el.matches('[popover]')) return;
			if ((e as ToggleEvent).newState !== 'open') return void (open = open === el ? null : open);
			open = el;
			place();
			messages.ask();
		},
		true
	);
}

// The script sits in the page's head: wait for the body.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
