/**
 * The sticky graphic folded to one line where the viewport is short or narrow (the styles decide
 * where): its button names the figure in view and unfolds the graphic; Escape, or focus moving
 * on into the steps, folds it again. `named` keeps each button's name up with its figure.
 */
import { FIGURE, FOLD, PAGE, STEP } from '../contract';
import { all, setAttr, setFlag } from './dom';

export function foldGraphics(root: Document): () => void {
	const folds = all<HTMLButtonElement>(root, `[${FOLD.button}]`).map((button) => {
		const graphic = button.closest<HTMLElement>(`[${PAGE.graphic}]`)!;
		const set = (open: boolean) => {
			setFlag(button, 'aria-expanded', open);
			setAttr(graphic, FOLD.open, open ? '' : null);
		};
		button.hidden = false;
		button.addEventListener('click', () => set(!graphic.hasAttribute(FOLD.open)));
		graphic.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && graphic.hasAttribute(FOLD.open)) {
				set(false);
				button.focus();
			}
		});
		return { button, graphic, set, name: button.querySelector(`[${FOLD.name}]`) };
	});
	root.addEventListener('focusin', (event) => {
		for (const fold of folds)
			if (
				(event.target as Element).closest?.(`[${STEP.attr}]`) &&
				fold.graphic.hasAttribute(FOLD.open)
			)
				fold.set(false);
	});
	return () => {
		for (const { graphic, name } of folds) {
			const figure = graphic.querySelector(`[${FIGURE.attr}][${FIGURE.current}="true"]`);
			const text = figure?.getAttribute(FIGURE.name) ?? '';
			if (name && name.textContent !== text) name.textContent = text;
		}
	};
}
