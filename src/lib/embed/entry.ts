/**
 * The embed's only script, small and free-standing: sizes the frame in the host page and reads
 * `?theme=` and `?step=`. Everything else in an embed works without script.
 */
import { startHeightMessages } from './child';

function start() {
	const root = document.querySelector<HTMLElement>('[data-embed]');
	if (!root?.dataset.chapter) return;
	const slug = root.dataset.chapter;
	const query = new URLSearchParams(location.search);
	const theme = query.get('theme');
	if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
	const step = query.get('step');
	if (step && /^\d+$/.test(step))
		document.getElementById(`${slug}-${step}`)?.scrollIntoView({ block: 'start' });
	startHeightMessages(slug);
}

// The script sits in the page's head: wait for the body.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
