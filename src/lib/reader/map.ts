/**
 * A section's locator map on the page: its place marks become buttons that pick a place, the
 * marks light up with the steps, and the drawing is fitted to the box it is shown in, with
 * text, dots and tap targets kept at their size on screen and the labels laid out again.
 */
import { placeLabels, shortName, type Box, type LabelRequest } from '../map/labels';
import { all, setAttr, setFlag } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
/** Label sizes on screen, in CSS px (as the map's styles set them). */
const FONT = 13;
const FONT_STRONG = 14;
/** Radius of a place's tap target on screen, in CSS px: 24 px across and then some. */
const HIT_PX = 18;

interface Mark {
	id: string;
	name: string;
	group: SVGGElement;
	x: number;
	y: number;
	/** Radius of an approximate place's circle, in map units (0: an exact place). */
	area: number;
	anchor: boolean;
	dot: SVGCircleElement | null;
	hit: SVGCircleElement | null;
}

export class MapView {
	private readonly svg: SVGSVGElement;
	private readonly marks: Mark[];
	private readonly labels: SVGGElement | null;
	/** The map's own size, in its units, as prerendered. */
	private readonly width: number;
	private readonly height: number;
	/** Map units per CSS pixel at the current size. */
	private k = 1;
	private box = { x: 0, y: 0, width: 0, height: 0 };
	private lit = new Set<string>();
	/** What labels must keep clear of, in CSS px: country names and the scale bar. */
	private obstacles: Box[] = [];

	constructor(
		private readonly figure: HTMLElement,
		/** Called with the place the reader tapped or pressed. */
		onPick: (place: string) => void
	) {
		this.svg = figure.querySelector<SVGSVGElement>('svg')!;
		this.width = Number(this.svg.getAttribute('width'));
		this.height = Number(this.svg.getAttribute('height'));
		this.labels = this.svg.querySelector<SVGGElement>('[data-labels]');
		this.svg.setAttribute('role', 'group');
		this.marks = all<SVGGElement>(this.svg, 'g[data-place]').map((group) => {
			const shape = group.querySelector<SVGCircleElement>('circle:not(.hit)')!;
			const hit = group.querySelector<SVGCircleElement>('circle.hit');
			const name = group.dataset.name ?? '';
			if (hit) {
				hit.setAttribute('role', 'button');
				hit.setAttribute('tabindex', '0');
				hit.setAttribute('aria-label', `${name}: show the steps at this place`);
				hit.setAttribute('aria-pressed', 'false');
			}
			return {
				id: group.dataset.place ?? '',
				name,
				group,
				x: Number(shape.getAttribute('cx')),
				y: Number(shape.getAttribute('cy')),
				area: Number(hit?.dataset.area ?? 0),
				anchor: group.classList.contains('anchor'),
				dot: shape.classList.contains('dot') ? shape : null,
				hit
			};
		});
		const picked = (event: Event) =>
			(event.target as Element).closest<SVGGElement>('g[data-place]')?.dataset.place;
		this.svg.addEventListener('click', (event) => {
			const place = picked(event);
			if (place && (event.target as Element).classList.contains('hit')) onPick(place);
		});
		this.svg.addEventListener('keydown', (event) => {
			const place = picked(event);
			if (!place || (event.key !== 'Enter' && event.key !== ' ')) return;
			event.preventDefault();
			onPick(place);
		});
		new ResizeObserver(() => this.fit()).observe(this.svg);
	}

	/** Widens the viewBox to the shape of the box on screen, around the prerendered map. */
	private fit() {
		const frame = this.svg.getBoundingClientRect();
		const { width: w, height: h } = frame;
		if (w <= 0 || h <= 0) return;
		const scale = Math.min(w / this.width, h / this.height);
		this.k = 1 / scale;
		const vw = w * this.k;
		const vh = h * this.k;
		this.box = { x: (this.width - vw) / 2, y: (this.height - vh) / 2, width: vw, height: vh };
		this.svg.setAttribute('viewBox', `${this.box.x} ${this.box.y} ${vw} ${vh}`);
		this.svg.style.setProperty('--k', String(this.k));
		for (const rect of all<SVGRectElement>(this.svg, ':scope > rect')) {
			rect.setAttribute('x', String(this.box.x));
			rect.setAttribute('y', String(this.box.y));
			rect.setAttribute('width', String(vw));
			rect.setAttribute('height', String(vh));
		}
		for (const m of this.marks) m.hit?.setAttribute('r', String(Math.max(HIT_PX * this.k, m.area)));
		// Country names and the scale bar as drawn at this size, in pixels from the map's corner:
		// measured here, once per size, so a step change lays labels out without a forced layout.
		this.obstacles = all<SVGGraphicsElement>(this.svg, 'text.country, .scale').map((el) => {
			const r = el.getBoundingClientRect();
			return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top];
		});
		this.sizeDots();
		this.layOutLabels();
	}

	render(lit: Set<string>, earlier: Set<string>, picked: string | null) {
		const changed = [...lit].join() !== [...this.lit].join();
		this.lit = lit;
		for (const m of this.marks) {
			const on = lit.has(m.id);
			m.group.classList.toggle('highlighted', on);
			m.group.classList.toggle('earlier', earlier.has(m.id) && !on);
			setFlag(m.group, 'data-highlighted', on);
			if (m.hit) setFlag(m.hit, 'aria-pressed', picked === m.id);
		}
		for (const item of all(this.figure, '[data-place-item]'))
			item.classList.toggle('highlighted', lit.has(item.dataset.placeItem ?? ''));
		if (changed && this.box.width > 0) {
			this.sizeDots();
			this.layOutLabels();
		}
	}

	/** Dots keep their size on screen: larger for the step's places, smaller for anchors. */
	private sizeDots() {
		for (const m of this.marks) {
			if (!m.dot) continue;
			const r = this.lit.has(m.id) ? 6 : m.anchor ? 3 : 4.5;
			setAttr(m.dot, 'r', String(r * this.k));
		}
	}

	/** Lays the labels out again in screen pixels, the step's places first, as the build did. */
	private layOutLabels() {
		if (!this.labels) return;
		const { x: bx, y: by, width, height } = this.box;
		const toPx = (x: number, y: number): [number, number] => [(x - bx) / this.k, (y - by) / this.k];
		const rank = (m: Mark) => (this.lit.has(m.id) ? 0 : m.anchor ? 2 : 1);
		const requests: LabelRequest[] = [...this.marks]
			.sort((a, b) => rank(a) - rank(b))
			.map((m) => {
				const [x, y] = toPx(m.x, m.y);
				const r = m.dot
					? Number(m.dot.getAttribute('r')) / this.k
					: Math.min(m.area, 6 * this.k) / this.k;
				return {
					id: m.id,
					x,
					y,
					r,
					text: m.name,
					short: shortName(m.name),
					fontSize: this.lit.has(m.id) ? FONT_STRONG : FONT
				};
			});
		const placed = placeLabels(requests, {
			width: width / this.k,
			height: height / this.k,
			fontSize: FONT,
			obstacles: this.obstacles
		});
		const byId = new Map(
			all<SVGTextElement>(this.labels, 'text[data-label]').map((t) => [t.dataset.label, t])
		);
		const keep = new Set<string>();
		for (const label of placed) {
			const m = this.marks.find((x) => x.id === label.id)!;
			let text = byId.get(label.id);
			if (!text) {
				text = document.createElementNS(SVG, 'text');
				text.dataset.label = label.id;
				// The map's styles are scoped to its component: take its class along.
				const scope = [...this.figure.classList].find((c) => c.startsWith('svelte-'));
				text.setAttribute('class', scope ? `label ${scope}` : 'label');
				this.labels.append(text);
			}
			keep.add(label.id);
			text.classList.toggle('highlighted', this.lit.has(m.id));
			text.classList.toggle('earlier', m.group.classList.contains('earlier'));
			text.classList.toggle('anchor', m.anchor);
			setAttr(text, 'x', String(bx + label.x * this.k));
			setAttr(text, 'y', String(by + label.y * this.k));
			setAttr(text, 'text-anchor', label.anchor);
			if (text.textContent !== label.text) text.textContent = label.text;
		}
		for (const [id, text] of byId) if (!keep.has(id ?? '')) text.remove();
	}
}
