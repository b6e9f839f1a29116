/**
 * The page's own inline styles, admitted by hash. A page's `<style>` elements are the ones its
 * components write (the fonts' `@font-face` rules, each chart's geometry): story text is
 * escaped and validation refuses markup, so no other `<style>` can reach a page. Each is hashed
 * into the page's Content-Security-Policy, so `style-src` needs no `'unsafe-inline'`, and a
 * `style` attribute anywhere in the page would be refused by the browser. The head's styles are
 * first joined into one, in order, so the policy lists one hash rather than one per chart.
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** The CSP source that admits one inline style. */
export const styleHash = (css: string) =>
	`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** The page with its head's `<style>` elements joined into the first, in document order. */
export function joinHeadStyles(html: string): string {
	const end = html.indexOf('</head>');
	if (end < 0) return html;
	const head = html.slice(0, end);
	const styles = [...head.matchAll(STYLE)];
	if (styles.length < 2) return html;
	const css = styles.map((m) => m[1] ?? '').join('');
	let first = true;
	const joined = head.replace(STYLE, () => {
		if (!first) return '';
		first = false;
		return `<style>${css}</style>`;
	});
	return joined + html.slice(end);
}

/** The page with the hash of each of its inline styles added to its policy's `style-src`. */
export function admitInlineStyles(page: string): string {
	const html = joinHeadStyles(page);
	const hashes = [...new Set([...html.matchAll(STYLE)].map((m) => styleHash(m[1] ?? '')))];
	if (hashes.length === 0) return html;
	return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
		const directives = policy.split(';').map((d) => d.trim());
		const at = directives.findIndex((d) => /^style-src(\s|$)/.test(d));
		if (at >= 0) directives[at] = `${directives[at]} ${hashes.join(' ')}`;
		else directives.push(`style-src ${hashes.join(' ')}`);
		return `${open}${directives.filter(Boolean).join('; ')}${close}`;
	});
}

/**
 * In development only: a policy that lets Vite's client (src/hooks.server.ts) run. The client
 * watches for a restarted server from a `blob:` worker, which `script-src` would refuse, so a
 * page would never notice `npm run dev` restarting (scripts/dev-reload.js). In development
 * SvelteKit sends the policy as a header; prerendered pages carry it in a meta tag.
 */
export function devPolicy(policy: string): string {
	const directives = policy
		.split(';')
		.map((d) => d.trim())
		.filter((d) => d && !/^worker-src(\s|$)/.test(d));
	return [...directives, "worker-src 'self' blob:"].join('; ');
}

/** In development only: the page with Vite's client, and its policy (if in the page) admitting it. */
export function admitDevClient(html: string): string {
	return html
		.replace('</head>', '<script type="module" src="/@vite/client"></script></head>')
		.replace(
			CSP_META,
			(_, open: string, policy: string, close: string) => `${open}${devPolicy(policy)}${close}`
		);
}
