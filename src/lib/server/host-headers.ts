/**
 * The HTTP headers a static host must send, as a Netlify / Cloudflare Pages `_headers` file,
 * and the rule those hosts apply to it, so the file can be checked and the preview server can
 * serve exactly what a host would.
 *
 * Those hosts apply **every** rule whose path matches, and join two values of one header with a
 * comma. A `/*` rule with `frame-ancestors 'self'` beside an `/embed/*` rule with
 * `frame-ancestors *` would give embeds both policies, and a browser enforces both, so no
 * publisher could frame them. So `frame-ancestors 'self'` is listed page by page (the build
 * knows every page), and only headers every response shares go on `/*`.
 */

export interface HeaderRule {
	/** A path (`/valley/`) or pattern with a trailing splat (`/embed/*`). */
	path: string;
	headers: [name: string, value: string][];
}

export const NOSNIFF: [string, string] = ['X-Content-Type-Options', 'nosniff'];
export const FRAME_ANYWHERE: [string, string] = ['Content-Security-Policy', 'frame-ancestors *'];
export const FRAME_SELF: [string, string] = ['Content-Security-Policy', "frame-ancestors 'self'"];
export const IMMUTABLE: [string, string] = ['Cache-Control', 'public, max-age=31536000, immutable'];

/**
 * The rules for a site whose HTML pages (other than embeds) are `pages`, e.g. `/`, `/valley/`,
 * `/sources/`, `/404.html`. A page's `index.html` form gets the same rule, for hosts that serve
 * it under that name too.
 */
export function hostRules(pages: string[]): HeaderRule[] {
	const rules: HeaderRule[] = [
		{ path: '/*', headers: [NOSNIFF] },
		{ path: '/embed/*', headers: [FRAME_ANYWHERE] }
	];
	for (const page of pages) {
		if (page.startsWith('/embed/')) continue;
		rules.push({ path: page, headers: [FRAME_SELF] });
		if (page.endsWith('/')) rules.push({ path: `${page}index.html`, headers: [FRAME_SELF] });
	}
	rules.push({ path: '/_app/immutable/*', headers: [IMMUTABLE] });
	return rules;
}

/** The `_headers` file for `rules`. */
export function headersFile(rules: HeaderRule[]): string {
	const head = [
		'# Written by the build (src/routes/_headers). Netlify and Cloudflare Pages apply every rule',
		'# that matches, so each page is listed once with its own frame-ancestors.'
	];
	const body = rules.map((r) =>
		[r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')
	);
	return `${[...head, ...body].join('\n')}\n`;
}

/** Reads a `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const i = line.indexOf(':');
		if (!rule || i < 0) throw new Error(`_headers: a header line outside a rule: ${line}`);
		rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
	}
	return rules;
}

/** Whether a rule's path matches a request path as these hosts match it. */
export function ruleMatches(rulePath: string, urlPath: string): boolean {
	if (rulePath.endsWith('*')) return urlPath.startsWith(rulePath.slice(0, -1));
	return rulePath === urlPath;
}

/**
 * The headers a host sends for `urlPath`: every matching rule applies, and two values of one
 * header are joined with a comma (lower-case names).
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!ruleMatches(rule.path, urlPath)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
		}
	}
	return out;
}
