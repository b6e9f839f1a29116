/**
 * Runs inside the embed's iframe: tells the parent page the content's height on load and
 * whenever it changes (fonts, resize, a citation opening), watched with a ResizeObserver; and
 * hands on where the host's viewport lies over the frame, when a pym parent says.
 */
import type { HostView } from './layout';
import {
	ampHeight,
	askParentPosition,
	datawrapperHeight,
	parentViewport,
	parentWidth,
	pymHeight,
	scrollParentTo
} from './messages';

export interface HeightMessages {
	/** Asks a pym parent where the frame is; the answer comes to `onView` with `asked` set. */
	ask: () => void;
	/** Asks a pym parent to scroll so that `y` px down the frame is at the top of its viewport. */
	scrollTo: (y: number) => void;
	stop: () => void;
}

export function startHeightMessages(
	slug: string,
	onView: (view: HostView, asked: boolean) => void = () => {}
): HeightMessages {
	const childId = new URLSearchParams(location.search).get('childId');
	if (window.parent === window) return { ask: () => {}, scrollTo: () => {}, stop: () => {} };
	let last = -1;
	let asked = false;

	const send = (force = false) => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (!force && height === last) return;
		last = height;
		// The parent's origin is unknown in advance: heights are no secret, so post to any.
		if (childId !== null) window.parent.postMessage(pymHeight(childId, height), '*');
		window.parent.postMessage(datawrapperHeight(slug, height), '*');
		window.parent.postMessage(ampHeight(height), '*');
	};

	const observer = new ResizeObserver(() => send());
	observer.observe(document.documentElement);
	const onMessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		if (parentWidth(event.data, childId) !== undefined) send(true);
		const view = parentViewport(event.data, childId);
		if (view) {
			onView(view, asked);
			asked = false;
		}
	};
	window.addEventListener('message', onMessage);
	document.fonts?.ready.then(() => send());
	send(true);
	return {
		ask: () => {
			if (childId === null) return;
			asked = true;
			window.parent.postMessage(askParentPosition(childId), '*');
		},
		scrollTo: (y) => {
			if (childId !== null) window.parent.postMessage(scrollParentTo(childId, y), '*');
		},
		stop: () => {
			observer.disconnect();
			window.removeEventListener('message', onMessage);
		}
	};
}
