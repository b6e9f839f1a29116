/**
 * The chapter menu: the prerendered disclosure becomes a button that opens the list as a menu,
 * moves focus into it, walks it with the arrow keys and closes on Escape or when focus leaves.
 */
export function enhanceMenu(nav: HTMLElement): void {
	const button = nav.querySelector<HTMLButtonElement>('button[aria-controls]');
	const details = nav.querySelector('details');
	const list = details?.querySelector('ul');
	if (!button || !details || !list) return;
	list.hidden = true;
	details.replaceWith(list);
	button.hidden = false;

	const isOpen = () => !list.hidden;
	const setOpen = (open: boolean) => {
		list.hidden = !open;
		button.setAttribute('aria-expanded', String(open));
	};
	button.addEventListener('click', () => {
		setOpen(!isOpen());
		if (isOpen()) list.querySelector('a')?.focus();
	});
	list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) setOpen(false);
	});
	nav.addEventListener('keydown', (event) => {
		if (!isOpen()) return;
		if (event.key === 'Escape') {
			event.preventDefault();
			setOpen(false);
			button.focus();
			return;
		}
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		// Arrow keys move between the entries, as in other menus.
		const links = [...list.querySelectorAll('a')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		links[(next + links.length) % links.length]?.focus();
		event.preventDefault();
	});
	nav.addEventListener('focusout', (event) => {
		if (isOpen() && !nav.contains(event.relatedTarget as Node | null)) setOpen(false);
	});
}
