/**
 * Quality gates over every built page (README.md, "Budgets"): axe in light and dark, no request
 * leaving the site's origin, a Content-Security-Policy that admits only the site's own scripts
 * and no violation of it, valid HTML (Nu Html Checker), and internal links and anchors that
 * resolve. The page list is derived from the build (every index.html, plus /404.html), so a new
 * page is gated as soon as it is built.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileForUrl, findPages, inlineScripts, parseTags } from '../../scripts/measure';

const dir = process.env.BUILD_DIR ?? 'build';
const pages = findPages(dir);
const routes = pages.map((p) => p.route);

/** Once per run: the checks that read files rather than drive a browser. */
const once = () =>
	test.skip(test.info().project.name !== 'desktop', 'checked once, in the desktop project');

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${colorScheme}`, () => {
		test.use({ colorScheme });
		for (const route of routes) {
			test(`${route} has no violations`, async ({ page }) => {
				// The flat embeds are long pages: axe takes a while on a busy machine.
				test.setTimeout(120_000);
				await page.goto(route);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(
					violations.map(
						(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
					)
				).toEqual([]);
			});
		}
	});
}

test.describe('requests and CSP in the browser', () => {
	for (const route of routes) {
		test(`${route}: no request leaves the site, no CSP violation`, async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const outside: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) outside.push(url);
			});
			const violations: string[] = [];
			page.on('console', (message) => {
				if (/content security policy/i.test(message.text())) violations.push(message.text());
			});
			await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					(window as unknown as { __cspViolation(t: string): void }).__cspViolation(
						`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`
					);
				});
			});
			await page.goto(route);
			await page.waitForLoadState('networkidle');
			// Scroll through, so lazily loaded parts load and scroll-driven code runs.
			await page.evaluate(async () => {
				for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
					scrollTo(0, y);
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 16)));
				}
			});
			await page.waitForLoadState('networkidle');
			expect(outside, 'requests to other origins').toEqual([]);
			expect(violations, 'CSP violations').toEqual([]);
		});
	}
});

/** A policy's directives: name → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The text of each inline `<style>` element, as the browser hashes it. */
const inlineStyles = (html: string) =>
	[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');

test('every page has a CSP that admits only its own hashed inline scripts and styles', () => {
	once();
	const problems: string[] = [];
	for (const { route, file } of pages) {
		const html = readFileSync(file, 'utf8');
		const metas = parseTags(html).filter(
			(t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy'
		);
		if (metas.length !== 1) {
			problems.push(`${route}: ${metas.length} CSP meta tags, expected 1`);
			continue;
		}
		const policy = parsePolicy(metas[0]!.attrs.content ?? '');
		const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
		const expected: Record<string, string[]> = {
			'default-src': ["'self'"],
			'img-src': ["'self'", 'data:'],
			'font-src': ["'self'"],
			'connect-src': ["'self'"],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			'form-action': ["'self'"]
		};
		for (const [name, sources] of Object.entries(expected))
			if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources))
				problems.push(`${route}: ${name} is ${policy.get(name)?.join(' ')}, expected ${sources}`);
		// Styles: the site's own files, and the page's own <style> by hash; no style attributes.
		const styleSrc = policy.get('style-src') ?? [];
		if (styleSrc[0] !== "'self'") problems.push(`${route}: style-src is ${styleSrc.join(' ')}`);
		for (const css of inlineStyles(html)) {
			const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
			if (!styleSrc.includes(hash))
				problems.push(`${route}: inline style not in style-src: ${css.slice(0, 60)}…`);
		}
		for (const tag of parseTags(html))
			if ('style' in tag.attrs) problems.push(`${route}: style attribute on <${tag.name}>`);
		const allowed = new Set(["'self'", "'none'", 'data:']);
		for (const [name, sources] of policy)
			for (const source of sources)
				if (!allowed.has(source) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source))
					problems.push(`${route}: ${name} allows ${source}`);
		if (scriptSrc.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*'))
			problems.push(`${route}: script-src is ${scriptSrc.join(' ')}`);
		for (const script of inlineScripts(html)) {
			const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
			if (!scriptSrc.includes(hash))
				problems.push(`${route}: inline script not in script-src: ${script.trim().slice(0, 60)}…`);
		}
		for (const tag of parseTags(html))
			for (const attr of Object.keys(tag.attrs))
				if (/^on[a-z]+$/.test(attr))
					problems.push(`${route}: inline handler ${attr} on <${tag.name}>`);
	}
	console.log(`CSP checked on ${pages.length} pages`);
	expect(problems).toEqual([]);
});

/** The checker's CSS grammar predates what every browser we support parses: container queries,
 * SVG's `vector-effect` and `paint-order`, and `var()` inside `min()`. Only these are let
 * through. */
const OUTDATED_CSS = [
	/^CSS: “(container-type|vector-effect|paint-order)”: Property “\1” doesn't exist\.$/,
	/^CSS: Unrecognized at-rule “@container”$/,
	/^CSS: “width”: Parse Error\.$/
];

test('the built HTML validates (Nu Html Checker, errors only)', () => {
	once();
	test.setTimeout(120_000);
	const files = pages.map((p) => p.file);
	let out = '';
	try {
		execFileSync(
			'java',
			[
				'-jar',
				'node_modules/vnu-jar/build/dist/vnu.jar',
				'--errors-only',
				'--format',
				'json',
				...files
			],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }
		);
	} catch (error) {
		// vnu exits 1 when it finds errors and writes its JSON report to stderr.
		const e = error as { stderr?: string; stdout?: string; code?: string };
		if (e.code === 'ENOENT')
			throw new Error('java not found: install a JRE (default-jre-headless)');
		out = e.stderr || e.stdout || '';
		if (!out.trim().startsWith('{')) throw error;
	}
	const messages: {
		type: string;
		url: string;
		message: string;
		lastLine?: number;
		extract?: string;
	}[] = out ? JSON.parse(out).messages : [];
	const root = path.resolve(dir);
	const errors = messages
		.filter((m) => m.type === 'error' && !OUTDATED_CSS.some((r) => r.test(m.message)))
		.map(
			(m) =>
				`${decodeURIComponent(m.url)
					.replace(/^file:/, '')
					.replace(root, '')}:${m.lastLine ?? '?'}: ${m.message}` +
				(m.extract ? `  ⟨${m.extract.trim().slice(0, 100)}⟩` : '')
		);
	console.log(`vnu checked ${files.length} files: ${errors.length} errors`);
	expect(errors).toEqual([]);
});

/** Every file under `dir` of the given extensions, as root-relative URLs. */
function filesUnder(root: string, ext: string[]): string[] {
	const found: string[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(root, sub), { withFileTypes: true })) {
			const rel = path.posix.join(sub, entry.name);
			if (entry.isDirectory()) walk(rel);
			else if (ext.includes(path.extname(entry.name))) found.push(`/${rel}`);
		}
	};
	walk('');
	return found;
}

test('every internal link and anchor resolves', () => {
	once();
	const idsOf = new Map<string, Set<string>>();
	const ids = (file: string) => {
		let set = idsOf.get(file);
		if (!set) {
			set = new Set();
			if (file.endsWith('.html'))
				for (const tag of parseTags(readFileSync(file, 'utf8'))) {
					if (tag.attrs.id !== undefined) set.add(tag.attrs.id);
					if (tag.name === 'a' && tag.attrs.name !== undefined) set.add(tag.attrs.name);
				}
			idsOf.set(file, set);
		}
		return set;
	};
	const broken: string[] = [];
	let checked = 0;
	const htmlFiles = filesUnder(dir, ['.html']);
	for (const url of htmlFiles) {
		const file = path.join(dir, url);
		// The page's own URL as a host serves it: /x/index.html is /x/.
		const pageUrl = url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
		for (const tag of parseTags(readFileSync(file, 'utf8'))) {
			const refs: string[] = [];
			for (const attr of ['href', 'src', 'xlink:href', 'action', 'poster', 'data'])
				if (tag.attrs[attr] !== undefined) refs.push(tag.attrs[attr]!);
			if (tag.attrs.srcset)
				for (const part of tag.attrs.srcset.split(','))
					refs.push(part.trim().split(/\s+/)[0] ?? '');
			for (const ref of refs) {
				if (ref === '' || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue;
				checked++;
				const resolved = new URL(ref, `http://site.invalid${pageUrl}`);
				const target = fileForUrl(dir, resolved.pathname);
				const where = `${pageUrl} <${tag.name} ${ref}>`;
				if (!target) {
					broken.push(`${where}: no file for ${resolved.pathname}`);
					continue;
				}
				const fragment = decodeURIComponent(resolved.hash.slice(1));
				// `#` alone, and SVG <use href="#x"> inside a page, are fragments like any other.
				if (fragment && !ids(target).has(fragment))
					broken.push(`${where}: no id "${fragment}" on ${resolved.pathname}`);
			}
		}
	}
	console.log(`${checked} internal references checked in ${htmlFiles.length} HTML files`);
	expect(broken).toEqual([]);
});

test('the page list covers the site', () => {
	once();
	expect(routes).toContain('/');
	expect(routes).toContain('/404.html');
	expect(routes.some((r) => r.startsWith('/embed/'))).toBe(true);
	expect(existsSync(path.join(dir, 'index.html'))).toBe(true);
});
