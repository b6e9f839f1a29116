/**
 * A section's map on the page. Every state of the map was laid out at build time: the final one
 * is drawn, the steps' wait in `<template>`s, each read only when its step first comes (a page
 * comes alive without copying every map). `show` swaps the shown state in, zooms the base
 * layers to it and lights places. Picking a place (tap, click, Enter, Space) calls back.
 */
import {
	MAP_ATTR as A,
	decodeStep,
	decodeZoom,
	encodeFlag,
	encodeStep,
	zoomStyle
} from '../contract';
import { all, setAttr } from './dom';

export class MapView {
	private readonly svg: SVGSVGElement;
	private readonly base: SVGGElement | null;
	/** The states by step read so far: from their templates, and the final state as first drawn. */
	private readonly states = new Map<number, Element>();
	private live: Element | null;
	private shown = -1;

	constructor(
		private readonly figure: HTMLElement,
		/** Called with the place the reader picked. */
		onPick: (place: string) => void
	) {
		this.svg = figure.querySelector<SVGSVGElement>(`svg[${A.svg}]`)!;
		this.base = this.svg.querySelector<SVGGElement>(`[${A.base}]`);
		this.live = this.svg.querySelector(`[${A.state}]`);
		if (this.live) {
			this.shown = decodeStep(this.live.getAttribute(A.state));
			// Kept as drawn once it goes out, to be copied if its step comes again.
			this.states.set(this.shown, this.live);
		}
		this.svg.setAttribute('role', 'group');
		// Prerendered open for readers without the script; in the sticky frame it starts closed.
		figure.querySelector('details')?.removeAttribute('open');
		if (this.live) this.enhance(this.live);
		const placeOf = (event: Event) => {
			const target = event.target as Element;
			return target.closest(`[${A.hit}]`)
				? target.closest(`[${A.place}]`)?.getAttribute(A.place)
				: null;
		};
		this.svg.addEventListener('click', (event) => {
			const place = placeOf(event);
			if (place) onPick(place);
		});
		this.svg.addEventListener('keydown', (event) => {
			const place = placeOf(event);
			if (!place || (event.key !== 'Enter' && event.key !== ' ')) return;
			event.preventDefault();
			onPick(place);
		});
	}

	/** Shows step `step`'s state (-1: the final state), lighting the places in `lit`; `picked`
	 * is the place the reader picked, if any. */
	show(step: number, lit: Set<string>, picked: string | null): void {
		const next = this.stateOf(step) ?? this.stateOf(-1);
		if (step !== this.shown && next && this.live) {
			const focused = (document.activeElement as Element | null)
				?.closest?.(`[${A.place}]`)
				?.getAttribute(A.place);
			// Made ready before it goes in, so the page styles it once.
			const fresh = next.cloneNode(true) as Element;
			this.enhance(fresh);
			this.light(fresh, lit, picked);
			this.live.replaceWith(fresh);
			this.live = fresh;
			this.shown = step;
			if (this.base) this.base.style.transform = zoomStyle(decodeZoom(fresh.getAttribute(A.zoom)));
			if (focused && this.svg.contains(document.activeElement) === false)
				fresh.querySelector<SVGElement>(`[${A.place}="${focused}"] [${A.hit}]`)?.focus();
		} else if (this.live) this.light(this.live, lit, picked);
		for (const item of all(this.figure, `[${A.item}]`))
			setAttr(item, A.highlighted, encodeFlag(lit.has(item.getAttribute(A.item) ?? '')));
	}

	/** Step `step`'s state as prerendered, from its template (-1: the final state). */
	private stateOf(step: number): Element | undefined {
		if (!this.states.has(step)) {
			const t = this.figure.querySelector<HTMLTemplateElement>(
				`template[${A.state}="${encodeStep(step)}"]`
			);
			const state = t?.content.querySelector(`[${A.state}]`);
			if (state) this.states.set(step, state);
		}
		return this.states.get(step);
	}

	/** Lights a state's places in `lit`, and presses the picked one's button. */
	private light(state: Element, lit: Set<string>, picked: string | null) {
		for (const el of all<SVGElement>(state, `[${A.place}], [${A.label}]`)) {
			const id = el.getAttribute(A.place) ?? el.getAttribute(A.label) ?? '';
			setAttr(el, A.highlighted, encodeFlag(lit.has(id)));
		}
		for (const hit of all<SVGElement>(state, `[${A.hit}]`)) {
			const id = hit.closest(`[${A.place}]`)?.getAttribute(A.place);
			setAttr(hit, 'aria-pressed', encodeFlag(picked === id));
		}
	}

	/** Tap targets become buttons, named for their place. */
	private enhance(state: Element) {
		const does = this.figure.getAttribute(A.hitName) ?? '';
		for (const hit of all<SVGElement>(state, `[${A.hit}]`)) {
			hit.setAttribute('role', 'button');
			hit.setAttribute('tabindex', '0');
			hit.setAttribute('aria-label', `${hit.getAttribute(A.hit)}: ${does}`);
		}
	}
}
