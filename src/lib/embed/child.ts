/**
 * Runs inside the embed's iframe: tells the parent page the content's height on load and
 * whenever it changes (fonts, resize, a citation opening), watched with a ResizeObserver.
 */
import { ampHeight, datawrapperHeight, parentWidth, pymHeight } from './messages';

export function startHeightMessages(slug: string): () => void {
	if (window.parent === window) return () => {};
	const childId = new URLSearchParams(location.search).get('childId');
	let last = -1;

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
	};
	window.addEventListener('message', onMessage);
	document.fonts?.ready.then(() => send());
	send(true);
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
	};
}
