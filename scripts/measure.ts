/**
 * Measuring a built static site from its files alone, shared by the byte-budget test
 * (tests/e2e/budgets.test.ts), the gates (tests/e2e/gates.test.ts) and the benchmark
 * (scripts/bench.ts): which pages it has, what each page loads, and how many bytes that is
 * gzipped at level 9. Deterministic: no browser, no network, no clock.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page of the built site: the URL path a reader asks for and the file that answers it. */
export interface BuiltPage {
	/** `/`, `/arsal/`, `/embed/arsal/`, `/404.html` */
	route: string;
	/** Absolute path of the HTML file. */
	file: string;
}

export type AssetKind = 'html' | 'js' | 'css' | 'svg' | 'font' | 'image' | 'other';

/** One file a page loads on first view. */
export interface LoadedFile {
	/** Root-relative URL, e.g. `/_app/immutable/chunks/x.js`. */
	url: string;
	kind: AssetKind;
	bytes: number;
	gzip: number;
}

/** What one page loads on first view, by kind, in gzip bytes (level 9). */
export interface PageWeight {
	route: string;
	files: LoadedFile[];
	html: number;
	js: number;
	css: number;
	svg: number;
	font: number;
	image: number;
	other: number;
	total: number;
	/** The same figures uncompressed. */
	raw: { html: number; js: number; total: number };
}

/** Gzip size at level 9, as a static host's precompression would send it. */
export function gzipBytes(data: Buffer | string): number {
	return gzipSync(data, { level: 9 }).length;
}

/** Every `index.html` under `dir` as its route (`/`, `/x/`), plus `/404.html` when there is one. */
export function findPages(dir: string): BuiltPage[] {
	const root = path.resolve(dir);
	const pages: BuiltPage[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(root, sub), { withFileTypes: true })) {
			if (entry.isDirectory()) {
				if (sub === '' && entry.name === '_app') continue;
				walk(path.posix.join(sub, entry.name));
			} else if (entry.name === 'index.html') {
				pages.push({ route: `/${sub ? `${sub}/` : ''}`, file: path.join(root, sub, entry.name) });
			}
		}
	};
	walk('');
	if (existsSync(path.join(root, '404.html')))
		pages.push({ route: '/404.html', file: path.join(root, '404.html') });
	return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** The file a root-relative URL path maps to on a static host, or undefined. */
export function fileForUrl(dir: string, urlPath: string): string | undefined {
	const root = path.resolve(dir);
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const file = path.join(root, path.normalize(decoded));
	if (file !== root && !file.startsWith(root + path.sep)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = path.join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** A tag found in an HTML document, with its attributes (entity-decoded). */
export interface Tag {
	name: string;
	attrs: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code[0] === '#')
			return String.fromCodePoint(
				code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
			);
		return ENTITIES[code.toLowerCase()] ?? whole;
	});
}

/** The bodies of inline `<script>` elements (those without `src`), verbatim. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		if (/\ssrc\s*=/i.test(m[1] ?? '')) continue;
		scripts.push(m[2] ?? '');
	}
	return scripts;
}

/**
 * The start tags of an HTML document with their attributes. Comments and the bodies of
 * `<script>`, `<style>` and `<textarea>` are skipped, so text in them is never read as a tag.
 */
export function parseTags(html: string): Tag[] {
	const stripped = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<(script|style|textarea)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
	const tags: Tag[] = [];
	const tagRe =
		/<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"'=<`]+))?)*)\s*\/?>/g;
	const attrRe = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'=<`]+)))?/g;
	for (const m of stripped.matchAll(tagRe)) {
		const attrs: Record<string, string> = {};
		for (const a of (m[2] ?? '').matchAll(attrRe))
			attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
		tags.push({ name: m[1]!.toLowerCase(), attrs });
	}
	return tags;
}

function kindOf(url: string): AssetKind {
	const ext = path.extname(url.split(/[?#]/)[0]!).toLowerCase();
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (ext === '.svg') return 'svg';
	if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
	if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
	if (ext === '.html' || ext === '') return 'html';
	return 'other';
}

/** `ref` resolved against the page or file at `from` (both root-relative); undefined if external. */
function resolveLocal(ref: string, from: string): string | undefined {
	if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return undefined;
	const base = new URL(from, 'http://site.invalid');
	const url = new URL(ref, base);
	if (url.origin !== base.origin) return undefined;
	return url.pathname;
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`). */
function staticImports(code: string): string[] {
	const specs: string[] = [];
	const re = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"']+)\1/g;
	for (const m of code.matchAll(re)) {
		// `import(` is a dynamic import: loaded later, if at all, so not part of first view.
		const before = code.slice(m.index, m.index + 7);
		if (before === 'import(') continue;
		specs.push(m[2]!);
	}
	return specs;
}

/** `url(...)` and `@import` references of a stylesheet. */
function cssReferences(code: string): string[] {
	const refs: string[] = [];
	for (const m of code.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) refs.push(m[2]!);
	for (const m of code.matchAll(/@import\s+(["'])([^"']+)\1/g)) refs.push(m[2]!);
	return refs;
}

/**
 * The files the page at `route` loads before any interaction: its HTML; the scripts it
 * references (`<script src>`, `modulepreload` links, the `import("…")` calls of SvelteKit's
 * inline bootstrap) and everything they import statically; its stylesheets and what they
 * reference; its icon, images, preloaded fonts and other same-origin `src`s. External URLs
 * are not counted (the gates make sure there are none).
 */
export function pageWeight(dir: string, route: string): PageWeight {
	const htmlFile = fileForUrl(dir, route);
	if (!htmlFile) throw new Error(`${dir}: no file for ${route}`);
	const html = readFileSync(htmlFile);
	const files = new Map<string, LoadedFile>();
	files.set(route, { url: route, kind: 'html', bytes: html.length, gzip: gzipBytes(html) });

	const queue: { url: string; from: string }[] = [];
	const add = (ref: string, from: string) => {
		const url = resolveLocal(ref, from);
		if (url !== undefined && !files.has(url)) queue.push({ url, from });
	};

	const text = html.toString('utf8');
	for (const tag of parseTags(text)) {
		const { name, attrs } = tag;
		if (name === 'link') {
			const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
			if (['modulepreload', 'stylesheet', 'icon', 'preload'].some((r) => rel.includes(r)))
				if (attrs.href) add(attrs.href, route);
		} else if (['script', 'img', 'source', 'video', 'audio', 'iframe', 'embed'].includes(name)) {
			if (attrs.src && name !== 'iframe') add(attrs.src, route);
		} else if (name === 'image' || name === 'use') {
			const href = attrs.href ?? attrs['xlink:href'];
			if (href && !href.startsWith('#')) add(href, route);
		}
	}
	// Inline `<style>` elements (the @font-face rules are inlined) reference files too.
	for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
		for (const ref of cssReferences(m[1] ?? '')) add(ref, route);
	for (const script of inlineScripts(text))
		for (const m of script.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)) add(m[2]!, route);

	while (queue.length) {
		const { url, from } = queue.shift()!;
		if (files.has(url)) continue;
		const file = fileForUrl(dir, url);
		if (!file) throw new Error(`${route} loads ${url} (from ${from}), which is not in ${dir}`);
		const body = readFileSync(file);
		const kind = kindOf(url);
		files.set(url, { url, kind, bytes: body.length, gzip: gzipBytes(body) });
		if (kind === 'js') for (const spec of staticImports(body.toString('utf8'))) add(spec, url);
		if (kind === 'css') for (const ref of cssReferences(body.toString('utf8'))) add(ref, url);
	}

	// Inline scripts are JavaScript too (SvelteKit's bootstrap and page data, the embed's own
	// script): they travel inside the HTML, so they count towards JS but not twice in the total.
	const inline = inlineScripts(text)
		.filter((body) => body.trim() !== '')
		.join('\n');
	const inlineJs = inline ? gzipBytes(Buffer.from(inline)) : 0;

	const list = [...files.values()];
	const sum = (kind: AssetKind, key: 'gzip' | 'bytes' = 'gzip') =>
		list.filter((f) => f.kind === kind).reduce((s, f) => s + f[key], 0);
	const total = list.reduce((s, f) => s + f.gzip, 0);
	return {
		route,
		files: list,
		html: sum('html'),
		js: sum('js') + inlineJs,
		css: sum('css'),
		svg: sum('svg'),
		font: sum('font'),
		image: sum('image'),
		other: sum('other'),
		total,
		raw: {
			html: sum('html', 'bytes'),
			js: sum('js', 'bytes') + Buffer.byteLength(inline),
			total: list.reduce((s, f) => s + f.bytes, 0)
		}
	};
}

/**
 * The fonts a page's first screen needs: those it preloads (`<link rel="preload" as="font">`),
 * gzipped, as in `pageWeight`.
 */
export function firstViewFonts(dir: string, route: string): LoadedFile[] {
	const htmlFile = fileForUrl(dir, route);
	if (!htmlFile) throw new Error(`${dir}: no file for ${route}`);
	const preloaded = parseTags(readFileSync(htmlFile, 'utf8'))
		.filter((t) => t.name === 'link' && /\bpreload\b/i.test(t.attrs.rel ?? ''))
		.filter((t) => (t.attrs.as ?? '').toLowerCase() === 'font')
		.map((t) => resolveLocal(t.attrs.href ?? '', route));
	return pageWeight(dir, route).files.filter((f) => preloaded.includes(f.url));
}

/** Bytes as KB with one decimal (1 KB = 1,024 bytes, as the budgets count). */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A one-line summary of a page's weight, for logs. */
export function describeWeight(w: PageWeight): string {
	return (
		`${w.route}: JS ${kb(w.js)} (${w.files.filter((f) => f.kind === 'js').length} files), ` +
		`CSS ${kb(w.css)}, HTML ${kb(w.html)}, SVG ${kb(w.svg)}, fonts ${kb(w.font)}, ` +
		`images ${kb(w.image)}, total ${kb(w.total)} gzip`
	);
}
