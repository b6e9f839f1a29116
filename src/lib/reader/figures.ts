/**
 * Figures in a step's text and the page's one live region. A figure the step's graphic draws
 * (a button in the text, built with CITES.claim) lights its claim's mark while it has focus or
 * the pointer, and while the citation it opened has focus. The announcer says each change once,
 * politely, once the reader has settled (a fling through ten steps says one thing).
 */
import { ANNOUNCE, CITES, MARK } from '../contract';
import { all, setAttr } from './dom';

export function linkTextFigures(root: Document): void {
	let lit: string | null = null;
	const show = (claim: string | null) => {
		if (claim === lit) return;
		for (const id of [lit, claim])
			if (id)
				for (const mark of all(root, `[${MARK.claim}="${id}"], [${MARK.drawing}="${id}"]`))
					setAttr(mark, CITES.cited, id === claim ? 'true' : null);
		lit = claim;
	};
	const claimAt = (el: Element | null) =>
		el?.closest?.(`[${CITES.claim}]`)?.getAttribute(CITES.claim) ??
		// Inside the citation a figure opened, the figure stays lit.
		(lit && el?.closest?.(`#cite-${lit}`) ? lit : null);
	root.addEventListener('focusin', (event) => show(claimAt(event.target as Element)));
	// Focus leaving for nowhere (a click on the page, the window losing it) fires no focusin.
	root.addEventListener('focusout', (event) =>
		show(claimAt(event.relatedTarget as Element | null))
	);
	root.addEventListener('pointerover', (event) => {
		const claim = claimAt(event.target as Element);
		if (claim) show(claim);
	});
	root.addEventListener('pointerout', () => show(claimAt(root.activeElement)));
}

/** Says `text` in the page's live region once the reader settles; the same thing never twice. */
export function announcer(root: Document): (text: string) => void {
	const region = root.querySelector<HTMLElement>(`[${ANNOUNCE.attr}]`);
	let said = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (text) => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (!region || !text || text === said) return;
			said = text;
			region.textContent = text;
		}, 700);
	};
}

/** A phrase of the live region's, with `{name}` filled in. */
export function phrase(root: Document, which: 'picked' | 'cleared', name = ''): string {
	const region = root.querySelector(`[${ANNOUNCE.attr}]`);
	return (region?.getAttribute(ANNOUNCE[which]) ?? '').replace('{name}', name);
}
