/**
 * One section's steps and sticky graphic on the page: which step is active, which prerendered
 * figure is in view, and which marks, steps and places the reader's picks light. Every figure
 * and its layout come from the build; this only switches between them.
 */
import { CHART, FIGURE, MARK, PAGE, PICK, readStep, STEP, type StepData } from '../contract';
import { all, setAttr, setFlag } from './dom';
import { MapView } from './map';
import { graphicState, type Picks } from './state';

/** What the page tells a section: the step shown in its graphic, its active step, the picks. */
export interface SectionInput extends Picks {
	shown: number;
	active: number;
}

export class SectionView {
	readonly slug: string;
	readonly steps: HTMLElement[];
	private readonly data: StepData[];
	private readonly figures: HTMLElement[];
	/** The figure in view before any step is reached, as prerendered. */
	private readonly first: string;
	private readonly marks: HTMLElement[];
	private readonly actorOf = new Map<string, { actor: string }>();
	/** Each map, with the figure it is drawn in. */
	private readonly maps: { figure: string; view: MapView }[];
	private readonly actorButtons: HTMLElement[];

	constructor(
		section: HTMLElement,
		/** Asks the page to change what the reader picked. */
		private readonly pick: (change: Partial<Picks>) => void,
		/** The page's current picks, to toggle against. */
		private readonly picks: () => Picks
	) {
		this.slug = section.getAttribute(PAGE.chapter) ?? '';
		this.steps = all(section, `[${STEP.attr}]`);
		this.data = this.steps.map(readStep);
		const graphic = section.querySelector<HTMLElement>(`[${FIGURE.stage}]`) ?? section;
		this.figures = all(graphic, `[${FIGURE.attr}]`);
		this.first = this.figures[0]?.getAttribute(FIGURE.attr) ?? '';
		// Marks and actor buttons anywhere in the section: the sticky graphic and the forces figure.
		this.marks = all(section, `[${MARK.claim}], [${MARK.drawing}]`);
		for (const mark of this.marks) {
			const id = mark.getAttribute(MARK.claim);
			if (id) this.actorOf.set(id, { actor: mark.getAttribute(MARK.actor) ?? '' });
		}
		this.actorButtons = all(section, `[${PICK.actor}]`);
		for (const button of this.actorButtons) {
			button.addEventListener('click', () => {
				const actor = button.getAttribute(PICK.actor);
				this.pick({ actor: this.picks().actor === actor ? null : actor });
			});
		}
		this.maps = all(graphic, `[${CHART.attr}="${CHART.map}"]`).map((figure) => ({
			figure: figure.closest(`[${FIGURE.attr}]`)?.getAttribute(FIGURE.attr) ?? '',
			view: new MapView(figure, (place) =>
				this.pick({ place: this.picks().place === place ? null : place })
			)
		}));
	}

	render(input: SectionInput) {
		const { shown, active, actor } = input;
		const state = graphicState(this.data, shown, input, this.actorOf);
		const picked = new Set(
			state.pickedSteps.flatMap((i) => [...this.data[i]!.claims, ...this.data[i]!.about])
		);

		this.steps.forEach((step, i) => {
			setFlag(step, STEP.active, i === active);
			setAttr(step, 'aria-current', i === active ? 'step' : null);
			setFlag(step, STEP.highlighted, state.pickedSteps.includes(i));
		});

		const current = (shown >= 0 ? this.data[shown]?.shows : '') || this.first;
		for (const figure of this.figures) {
			const on = figure.getAttribute(FIGURE.attr) === current;
			// The styles skip a hidden figure, which also takes it out of the tab order and the
			// accessibility tree: `inert` would restyle a whole figure twice per step.
			setFlag(figure, FIGURE.current, on);
		}

		for (const mark of this.marks) {
			const id = mark.getAttribute(MARK.claim) ?? mark.getAttribute(MARK.drawing) ?? '';
			setFlag(
				mark,
				MARK.highlighted,
				mark.getAttribute(MARK.lit) === 'true' ||
					mark.getAttribute(MARK.actor) === actor ||
					picked.has(id)
			);
		}
		for (const button of this.actorButtons)
			setFlag(button, 'aria-pressed', button.getAttribute(PICK.actor) === actor);
		// A map out of view waits: it takes the step's state when it comes into view (or, for the
		// final state, at once, as print shows every figure).
		for (const map of this.maps) {
			if (map.figure !== current && shown >= 0) continue;
			map.view.show(shown, new Set(state.litPlaces), input.place);
		}
	}
}
