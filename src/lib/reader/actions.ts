/**
 * The page's small actions: copy buttons (shown where the browser can copy), Share… (where it
 * can share, instead of Copy link), the embed code selecting itself, and citations that behave
 * like dialogs (focus moves in when one opens, and it closes when focus moves on past it, so it
 * never covers the next mark).
 */
import { ACTION, CITATION, CITES, MARK } from '../contract';
import { all } from './dom';

export function enhanceActions(root: Document): void {
	if (navigator.clipboard)
		for (const button of all<HTMLButtonElement>(root, `button[${ACTION.copy}]`)) {
			button.hidden = false;
			const status = button.nextElementSibling;
			button.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(button.getAttribute(ACTION.copy) ?? '');
					if (status) status.textContent = button.getAttribute(ACTION.copied) ?? '';
				} catch {
					if (status) status.textContent = button.getAttribute(ACTION.copyFailed) ?? '';
				}
			});
		}

	if (typeof navigator.share === 'function')
		for (const button of all<HTMLButtonElement>(root, `button[${ACTION.share}]`)) {
			button.hidden = false;
			button.parentElement?.querySelector<HTMLElement>(`[${ACTION.shareFallback}]`)?.remove();
			button.addEventListener('click', () =>
				navigator
					.share({
						title: button.getAttribute(ACTION.shareTitle) ?? undefined,
						url: button.getAttribute(ACTION.share) ?? undefined
					})
					// The reader closed the share sheet: nothing to report.
					.catch(() => {})
			);
		}

	for (const area of all<HTMLTextAreaElement>(root, `textarea[${ACTION.selectAll}]`))
		area.addEventListener('focus', () => area.select());

	// A tap does not always focus a button (touch, Safari): a claim mark takes focus before its
	// citation opens, so closing the citation hands focus back to it.
	root.addEventListener('click', (event) => {
		const mark = (event.target as Element).closest<HTMLElement>(
			`[${MARK.claim}][popovertarget], [${CITES.claim}]`
		);
		mark?.focus({ preventScroll: true });
	});
	// Like a dialog: focus moves into a citation when it opens; the browser hands it back.
	root.addEventListener(
		'toggle',
		(event) => {
			const citation = event.target as HTMLElement;
			if (!citation.matches?.(`[${CITATION.attr}]`) || (event as ToggleEvent).newState !== 'open')
				return;
			citation
				.querySelector<HTMLElement>('[popovertargetaction="hide"]')
				?.focus({ preventScroll: true });
		},
		true
	);
	// Tab (or Shift+Tab) out of an open citation closes it: left open it would cover the marks
	// the reader is moving on to. Acted on once focus has landed outside, so closing does not
	// pull focus back to the mark; its own marks (which toggle it) and a reader switching windows
	// leave it open.
	root.addEventListener('focusin', (event) => {
		const to = event.target as Element;
		for (const citation of all<HTMLElement>(root, `[${CITATION.attr}]:popover-open`))
			if (!citation.contains(to) && to.getAttribute?.('popovertarget') !== citation.id)
				citation.hidePopover();
	});
}
