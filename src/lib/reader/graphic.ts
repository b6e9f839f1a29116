/**
 * One section's steps and sticky graphic, driven from the page: which step is active, which
 * claims the charts show and highlight, which places the map lights, which view is in front.
 * Everything it needs is in the prerendered HTML (data-* attributes written by the components).
 */
import { markState } from '../charts/rows';
import { all, calm, setAttr, setFlag } from './dom';
import { MapView } from './map';
import {
	bandOf,
	graphicState,
	ids,
	parseSpans,
	type Picks,
	type Span,
	type StepData
} from './state';

/** What the page tells a section: the step shown in its graphic, its active step, the picks. */
export interface SectionInput extends Picks {
	shown: number;
	active: number;
}

export class SectionView {
	readonly slug: string;
	readonly steps: HTMLElement[];
	private readonly data: StepData[];
	private readonly graphic: HTMLElement;
	private readonly actorOf = new Map<string, { actor: string }>();
	private readonly maps: MapView[];
	/** The graphic's parts the steps change, found once. */
	private readonly marks: (HTMLElement | SVGElement)[];
	private readonly bands: { el: SVGElement; spans: Span[] }[];
	private readonly overviewRows: SVGElement[];
	private readonly legendButtons: HTMLElement[];
	private readonly views: HTMLElement[];
	private readonly tabs: HTMLElement[];
	/** A view the reader picked with the tabs, until the next step chooses again. */
	private picked: { view: string; at: number } | null = null;
	private last: SectionInput | null = null;
	/** The section's final state as prerendered: its view and summary lines, to return to. */
	private readonly final: { view: string; when: string; iso: string; where: string };
	/** What the graphic showed last, to bring marks into view only when that changes. */
	private lastView = '';
	private lastShown = -2;

	constructor(
		section: HTMLElement,
		/** Asks the page to change what the reader picked. */
		private readonly pick: (change: Partial<Picks>) => void,
		/** The page's current picks, to toggle against. */
		private readonly picks: () => Picks
	) {
		this.slug = section.dataset.chapter ?? '';
		this.steps = all(section, '[data-step]');
		this.data = this.steps.map((s) => ({
			claims: ids(s.dataset.claims),
			about: ids(s.dataset.about),
			places: ids(s.dataset.places)
		}));
		this.graphic = section.querySelector<HTMLElement>('[data-graphic] .section-graphic')!;
		const time = this.graphic.querySelector('[data-summary] time');
		this.final = {
			view: this.graphic.querySelector<HTMLElement>('.view.current')?.dataset.view ?? '',
			when: time?.textContent ?? '',
			iso: time?.getAttribute('datetime') ?? '',
			where: this.graphic.querySelector('[data-summary] .places')?.textContent ?? ''
		};
		for (const mark of all(this.graphic, '[data-claim]'))
			this.actorOf.set(mark.dataset.claim!, { actor: mark.dataset.actor ?? '' });
		this.enableTabs();
		this.enableLegends();
		// Claim marks (buttons) and their lanes (the drawing behind them) follow the same state.
		this.marks = all<HTMLElement | SVGElement>(this.graphic, '[data-claim], [data-lane]');
		this.bands = all<SVGElement>(this.graphic, '[data-band]').map((el) => ({
			el,
			spans: parseSpans(el.dataset.spans ?? '')
		}));
		this.overviewRows = all<SVGElement>(this.graphic, '[data-chart="overview"] g[data-actor]');
		this.legendButtons = all(this.graphic, '[data-legend] button[data-actor]');
		this.views = all(this.graphic, '[data-view]');
		this.tabs = all(this.graphic, '[data-tab]');
		this.maps = all(this.graphic, '[data-chart="map"]').map(
			(figure) =>
				new MapView(figure, (place) =>
					this.pick({ place: this.picks().place === place ? null : place })
				)
		);
	}

	private enableTabs() {
		const tabs = this.graphic.querySelector<HTMLElement>('.tabs');
		if (!tabs) return;
		tabs.inert = false;
		tabs.classList.remove('pending');
		tabs.addEventListener('click', (event) => {
			const tab = (event.target as Element).closest<HTMLElement>('[data-tab]');
			if (!tab || !this.last) return;
			this.picked = { view: tab.dataset.tab!, at: this.last.shown };
			this.render(this.last);
		});
	}

	/** Each legend's key becomes a button that highlights its side everywhere on the page. */
	private enableLegends() {
		for (const legend of all(this.graphic, '[data-legend]')) {
			legend.setAttribute('role', 'group');
			legend.setAttribute('aria-label', 'Highlight a side');
			for (const key of all(legend, '.key[data-actor]')) {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = key.className;
				button.dataset.actor = key.dataset.actor;
				button.style.cssText = key.style.cssText;
				button.setAttribute('aria-pressed', 'false');
				button.append(...key.childNodes);
				key.replaceWith(button);
			}
			legend.addEventListener('click', (event) => {
				const actor = (event.target as Element).closest<HTMLElement>('button[data-actor]')?.dataset
					.actor;
				if (actor) this.pick({ actor: this.picks().actor === actor ? null : actor });
			});
		}
	}

	render(input: SectionInput) {
		this.last = input;
		const { shown, active, actor } = input;
		const state = graphicState(this.data, shown, input, this.actorOf);
		const visible = new Set(state.visible);
		const lit = new Set(state.highlighted);

		this.steps.forEach((step, i) => {
			setFlag(step, 'data-active', i === active);
			setAttr(step, 'aria-current', i === active ? 'step' : null);
			setFlag(step, 'data-highlighted', state.pickedSteps.includes(i));
		});

		for (const el of this.marks) {
			const id = el.dataset.claim ?? el.dataset.lane ?? '';
			const m = markState({ id, actor: el.dataset.actor ?? '' }, state, actor);
			setFlag(el, 'data-visible', m.visible);
			setFlag(el, 'data-highlighted', m.highlighted);
			if (el.dataset.claim) setAttr(el, 'tabindex', m.visible ? '0' : '-1');
		}
		for (const { el: band, spans } of this.bands) {
			const extent = bandOf(spans, visible);
			setFlag(band, 'data-visible', !!extent && extent.to > 0);
			setFlag(
				band,
				'data-highlighted',
				band.dataset.actor === actor || spans.some((s) => lit.has(s.id))
			);
			if (extent) {
				setAttr(band, 'x', `${extent.from}%`);
				setAttr(band, 'width', `${Math.max(0, extent.to - extent.from)}%`);
			}
		}
		for (const row of this.overviewRows)
			setFlag(row, 'data-highlighted', row.dataset.actor === actor);
		for (const button of this.legendButtons) {
			setFlag(button, 'data-highlighted', button.dataset.actor === actor);
			setFlag(button, 'aria-pressed', button.dataset.actor === actor);
		}
		for (const map of this.maps)
			map.render(new Set(state.litPlaces), new Set(state.earlierPlaces), input.place);

		this.summarise(shown);
		const view = this.showView(shown);
		if (view !== this.lastView || shown !== this.lastShown) this.bringMarksIntoView();
		this.lastView = view;
		this.lastShown = shown;
	}

	/** The graphic's two summary lines: the shown step's date and places, or the section's. */
	private summarise(shown: number) {
		const summary = this.graphic.querySelector<HTMLElement>('[data-summary]');
		if (!summary) return;
		const step = this.steps[shown];
		const time = step?.querySelector('time');
		const when = step ? (time?.textContent ?? '') : this.final.when;
		const iso = step ? (time?.getAttribute('datetime') ?? '') : this.final.iso;
		const date = summary.querySelector<HTMLElement>('.date')!;
		let shownTime = date.querySelector('time');
		if (!shownTime) shownTime = date.appendChild(document.createElement('time'));
		if (shownTime.textContent !== when) shownTime.textContent = when;
		setAttr(shownTime, 'datetime', iso || null);
		const where = step ? (step.dataset.where ?? '') : this.final.where;
		const places = summary.querySelector<HTMLElement>('.places')!;
		if (places.textContent !== where) places.textContent = where;
	}

	/** Puts one view in front: the one the reader picked for this step, else the step's own. */
	private showView(shown: number): string {
		const own = shown >= 0 ? (this.steps[shown]?.dataset.shows ?? '') : this.final.view;
		const view = this.picked && this.picked.at === shown ? this.picked.view : own;
		for (const el of this.views) {
			const current = el.dataset.view === view;
			el.classList.toggle('current', current);
			setAttr(el, 'tabindex', current ? '0' : '-1');
		}
		for (const tab of this.tabs) setFlag(tab, 'aria-pressed', tab.dataset.tab === view);
		return view;
	}

	/**
	 * On a phone a chart is taller than its box: when the step changes, scroll the view so the
	 * marks the step is about are in sight, not whatever happened to be at the top.
	 */
	private bringMarksIntoView() {
		const view = this.graphic.querySelector<HTMLElement>('.view.current');
		const mark = view?.querySelector<HTMLElement>('[data-claim][data-highlighted="true"]');
		if (!view || !mark) return;
		const top =
			mark.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
		view.scrollTo({
			top: Math.max(0, top - view.clientHeight / 3),
			behavior: calm() ? 'auto' : 'smooth'
		});
	}
}
