/**
 * Serves `build/` the way a plain static host does: `/x/` → `x/index.html`, unknown paths → the
 * site's `404.html` with status 404, text gzipped for browsers that accept it (as every static
 * host does, so Lighthouse measures what readers get). Used by `npm run preview`, the browser
 * tests and the benchmark, so they test exactly the files that get published.
 *
 *   tsx scripts/serve.ts [--port 4173] [--dir build]
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { fileForUrl } from './measure';

const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const port = Number(arg('port', process.env.PORT ?? '4173'));
const root = path.resolve(arg('dir', 'build'));

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

if (!existsSync(path.join(root, 'index.html'))) {
	console.error(
		`${path.relative(process.cwd(), root)}/ has no index.html: run npm run build first`
	);
	process.exit(1);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	// A directory without its trailing slash: redirect, as static hosts do.
	const bare = path.join(root, decodeURIComponent(url.pathname));
	if (!url.pathname.endsWith('/') && existsSync(path.join(bare, 'index.html'))) {
		res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	const file = fileForUrl(root, url.pathname);
	const status = file ? 200 : 404;
	const served = file ?? path.join(root, '404.html');
	const headers: Record<string, string> = {
		'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
		'x-content-type-options': 'nosniff'
	};
	// The one part of the Content-Security-Policy a <meta> tag cannot carry (the rest is in each
	// page): embeds may be framed by any site, every other page only by the site itself.
	if (served.endsWith('.html'))
		headers['content-security-policy'] = url.pathname.startsWith('/embed/')
			? 'frame-ancestors *'
			: "frame-ancestors 'self'";
	if (served.includes(`${path.sep}_app${path.sep}immutable${path.sep}`))
		headers['cache-control'] = 'public, max-age=31536000, immutable';
	const type = headers['content-type'] ?? '';
	const gzip =
		/^(text\/|application\/json|image\/svg)/.test(type) &&
		/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	if (gzip) {
		headers['content-encoding'] = 'gzip';
		headers['vary'] = 'accept-encoding';
	}
	res.writeHead(status, headers);
	if (req.method === 'HEAD') res.end();
	else if (gzip) createReadStream(served).pipe(createGzip()).pipe(res);
	else createReadStream(served).pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ at http://localhost:${port}/`);
});
