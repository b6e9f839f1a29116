/**
 * Serves `build/` the way a plain static host does: `/x/` → `x/index.html`, unknown paths → the
 * site's `404.html` with status 404, text compressed for browsers that accept it (as every
 * static host does, so Lighthouse measures what readers get): the build's own brotli or gzip
 * copy of the file where it wrote one (as nginx's brotli_static and Caddy's `precompressed`
 * serve them), else gzip made on the fly. Used by `npm run preview`, the browser tests and the
 * benchmark, so they test exactly the files that get published.
 *
 * Headers come from the build's own `_headers` file, applied as Netlify and Cloudflare Pages
 * apply it (every matching rule), so the tests see what those hosts send; without one, the
 * same policy is built in.
 *
 * Hostile requests get a plain answer and never stop the server: a path that is not valid
 * percent-encoding, holds a NUL or other control character, or is not a root-relative path is
 * answered 400; `..` never leaves the folder; a redirect only ever goes to a same-origin path
 * that begins with a single `/`.
 *
 *   tsx scripts/serve.ts [--port 4173] [--dir build]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/server/host-headers';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.ico': 'image/x-icon'
};

/** Whether a file is sent compressed (text, JSON, SVG): the build writes copies of exactly these
 * (scripts/finish-build.ts). */
export const isCompressible = (file: string) =>
	/^(text\/|application\/json|image\/svg)/.test(TYPES[path.extname(file)] ?? '');

/** Longest request path answered; longer ones get 414 (hosts cap them too). */
export const MAX_PATH = 2048;

/** What a request path resolves to under the served folder. */
export type Resolution =
	| { kind: 'bad'; status: 400 | 414; reason: string }
	| { kind: 'file'; file: string }
	| { kind: 'redirect'; location: string }
	| { kind: 'missing' };

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/**
 * Where a raw request target (`/arsal?x=1`) leads in `root`, without touching the network: the
 * one place that decides what a path means, so the unit tests can throw hostile paths at it.
 */
export function resolveRequest(root: string, target: string): Resolution {
	if (target.length > MAX_PATH) return { kind: 'bad', status: 414, reason: 'path too long' };
	const q = target.indexOf('?');
	const rawPath = q < 0 ? target : target.slice(0, q);
	const search = q < 0 ? '' : target.slice(q);
	// Only origin-form targets: a single leading slash. `//host/x` and `http://…` are refused.
	if (!rawPath.startsWith('/') || rawPath.startsWith('//'))
		return { kind: 'bad', status: 400, reason: 'not a root-relative path' };
	let decoded: string;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return { kind: 'bad', status: 400, reason: 'bad percent-encoding' };
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(decoded))
		return { kind: 'bad', status: 400, reason: 'control character or backslash in path' };
	const base = path.resolve(root);
	// Resolve as a URL would (`/a/../b` → `/b`), never above the root.
	const relative = path.posix.normalize(`/${decoded}`).replace(/^\/+/, '');
	const target_ = path.resolve(base, relative);
	if (target_ !== base && !target_.startsWith(base + path.sep)) return { kind: 'missing' };
	if (decoded.endsWith('/') || target_ === base) {
		const index = path.join(target_, 'index.html');
		return isFile(index) ? { kind: 'file', file: index } : { kind: 'missing' };
	}
	if (isFile(target_)) return { kind: 'file', file: target_ };
	if (isFile(path.join(target_, 'index.html'))) {
		// A directory without its trailing slash: redirect, as static hosts do, to the canonical
		// path rebuilt from the folder itself, so the Location is always `/<segment>…/`.
		const segments = path.relative(base, target_).split(path.sep).map(encodeURIComponent);
		const query = /^\?[\x21-\x7e]*$/.test(search) ? search : '';
		return { kind: 'redirect', location: `/${segments.join('/')}/${query}` };
	}
	return { kind: 'missing' };
}

/** Files a host reads as configuration and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** The build's compressed copies of a file (scripts/finish-build.ts), best first. */
const COPIES = [
	{ encoding: 'br', suffix: '.br' },
	{ encoding: 'gzip', suffix: '.gz' }
] as const;

/** Whether `file` is the build's compressed copy of another file, sent only as its encoding. */
const isCopy = (file: string) =>
	COPIES.some((c) => file.endsWith(c.suffix) && isFile(file.slice(0, -c.suffix.length)));

/** The encodings an Accept-Encoding header admits (`br;q=0` refuses brotli). */
export function acceptedEncodings(header: string): Set<string> {
	const accepted = new Set<string>();
	for (const part of header.toLowerCase().split(',')) {
		const [name = '', ...params] = part.split(';').map((p) => p.trim());
		const q = params.find((p) => p.startsWith('q='));
		if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
	}
	return accepted;
}

/**
 * How to send a compressible `file` to a client that accepts `accepted`: as the build's copy
 * in the best encoding it accepts, if that copy is at least as new as the file (a file changed
 * after the build is never answered with its old copy); else gzipped now; else as it is.
 */
export function encodingFor(
	file: string,
	accepted: Set<string>
): { encoding: 'br' | 'gzip'; copy?: string } | undefined {
	for (const { encoding, suffix } of COPIES) {
		const copy = file + suffix;
		if (accepted.has(encoding) && isFile(copy) && statSync(copy).mtimeMs >= statSync(file).mtimeMs)
			return { encoding, copy };
	}
	return accepted.has('gzip') ? { encoding: 'gzip' } : undefined;
}

/** The headers a page needs that it cannot set itself, when the build wrote no `_headers`. */
export function hostHeaders(urlPath: string, file: string): Record<string, string> {
	const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
	// The one part of the Content-Security-Policy a <meta> tag cannot carry (the rest is in each
	// page): embeds may be framed by any site, every other page only by the site itself.
	if (file.endsWith('.html'))
		headers['content-security-policy'] = urlPath.startsWith('/embed/')
			? 'frame-ancestors *'
			: "frame-ancestors 'self'";
	if (file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`))
		headers['cache-control'] = 'public, max-age=31536000, immutable';
	return headers;
}

function plain(res: ServerResponse, status: number, text: string) {
	res
		.writeHead(status, {
			'content-type': 'text/plain; charset=utf-8',
			'x-content-type-options': 'nosniff'
		})
		.end(`${text}\n`);
}

function handle(
	root: string,
	rules: HeaderRule[] | undefined,
	req: IncomingMessage,
	res: ServerResponse
) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.setHeader('allow', 'GET, HEAD');
		plain(res, 405, 'method not allowed');
		return;
	}
	const target = req.url ?? '/';
	const found = resolveRequest(root, target);
	if (found.kind === 'bad') return plain(res, found.status, found.reason);
	if (found.kind === 'redirect') {
		res.writeHead(308, { location: found.location }).end();
		return;
	}
	const hidden =
		found.kind === 'file' &&
		(HOST_FILES.has(path.relative(root, found.file)) || isCopy(found.file));
	const status = found.kind === 'file' && !hidden ? 200 : 404;
	const served = status === 200 && found.kind === 'file' ? found.file : path.join(root, '404.html');
	if (!isFile(served)) return plain(res, 404, 'not found');
	const urlPath = target.split('?')[0] ?? '/';
	const headers: Record<string, string> = {
		'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
		...(rules ? headersFor(rules, urlPath) : hostHeaders(decodeURIComponent(urlPath), served))
	};
	const compressible = isCompressible(served);
	const sent = compressible
		? encodingFor(served, acceptedEncodings(String(req.headers['accept-encoding'] ?? '')))
		: undefined;
	if (compressible) headers['vary'] = 'accept-encoding';
	if (sent) headers['content-encoding'] = sent.encoding;
	res.writeHead(status, headers);
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	const stream = createReadStream(sent?.copy ?? served);
	stream.on('error', () => res.destroy());
	if (sent && !sent.copy) stream.pipe(createGzip()).pipe(res);
	else stream.pipe(res);
}

/** A static server for `root`; call `.listen(port, '127.0.0.1')`. */
export function createStaticServer(root: string): Server {
	const dir = path.resolve(root);
	const headersPath = path.join(dir, '_headers');
	const rules = existsSync(headersPath)
		? parseHeadersFile(readFileSync(headersPath, 'utf8'))
		: undefined;
	const server = createServer((req, res) => {
		try {
			handle(dir, rules, req, res);
		} catch {
			// Whatever went wrong with this request, answer it and keep serving the others.
			if (!res.headersSent) plain(res, 400, 'bad request');
			else res.destroy();
		}
	});
	// Malformed HTTP (bad request lines, oversized headers): answer 400, keep the server up.
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	return server;
}

function main() {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
	};
	const port = Number(arg('port', process.env.PORT ?? '4173'));
	const root = path.resolve(arg('dir', 'build'));
	if (!existsSync(path.join(root, 'index.html'))) {
		console.error(
			`${path.relative(process.cwd(), root)}/ has no index.html: run npm run build first`
		);
		process.exit(1);
	}
	createStaticServer(root).listen(port, '127.0.0.1', () => {
		console.log(
			`Serving ${path.relative(process.cwd(), root) || '.'}/ at http://localhost:${port}/`
		);
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
	main();
