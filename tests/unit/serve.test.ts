/**
 * The preview server (scripts/serve.ts) under hostile paths: a list of known tricks, then 1,000
 * random paths, against a real server on a free loopback port. Every request gets an answer,
 * nothing outside the folder is served, every redirect stays on the site, and `/` still answers
 * 200 afterwards.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, createStaticServer, resolveRequest } from '../../scripts/serve';

const dir = mkdtempSync(path.join(tmpdir(), 'qalamoun-serve-'));
const root = path.join(dir, 'build');
/** A folder beside the root whose name starts like it: `build-secret` must stay unreachable. */
const SECRET = 'TOP-SECRET-CONTENTS';

function write(file: string, body: string) {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, body);
}
write(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
write(path.join(root, '404.html'), '<!doctype html><title>not found</title>');
write(path.join(root, 'arsal/index.html'), '<!doctype html><title>arsal</title>');
write(path.join(root, 'embed/arsal/index.html'), '<!doctype html><title>embed</title>');
write(path.join(root, 'evil.example/x/index.html'), '<!doctype html><title>x</title>');
write(path.join(root, 'data/story.json'), '{}');
write(path.join(dir, 'build-secret/index.html'), SECRET);

// The build's precompressed copies (svelte.config.js, `precompress`): of the home page, current;
// of a chapter, older than the page it was made from (the page was changed after the build).
const HOME = readFileSync(path.join(root, 'index.html'));
writeFileSync(path.join(root, 'index.html.br'), brotliCompressSync(HOME));
writeFileSync(path.join(root, 'index.html.gz'), gzipSync(HOME));
const STALE = path.join(root, 'arsal/index.html.br');
writeFileSync(STALE, brotliCompressSync('<!doctype html><title>old arsal</title>'));
utimesSync(STALE, new Date(2000, 0, 1), new Date(2000, 0, 1));
write(path.join(dir, 'secret.txt'), SECRET);

const server = createStaticServer(root);
let port = 0;
beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	rmSync(dir, { recursive: true, force: true });
});

interface Answer {
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** Sends a request line exactly as given (no client-side normalisation) and reads the answer. */
function raw(target: string, method = 'GET'): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		socket.setTimeout(5000, () => socket.destroy(new Error(`timeout on ${target}`)));
		socket.on('data', (c) => chunks.push(c));
		socket.on('error', reject);
		socket.on('close', () => {
			const text = Buffer.concat(chunks).toString('latin1');
			const [head = '', ...rest] = text.split('\r\n\r\n');
			const [statusLine = '', ...lines] = head.split('\r\n');
			const status = Number(statusLine.split(' ')[1]);
			const headers: Record<string, string> = {};
			for (const line of lines) {
				const i = line.indexOf(':');
				if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
			}
			resolve({ status, headers, body: rest.join('\r\n\r\n') });
		});
		// write, not end: a half-closed socket makes the server drop the answer.
		socket.write(
			Buffer.from(
				`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
				'latin1'
			)
		);
	});
}

const ANSWERS = [200, 308, 400, 404, 405, 414, 431];

const tally = new Map<number, number>();
afterAll(() =>
	console.log(
		`hostile requests: ${[...tally.values()].reduce((a, b) => a + b, 0)} answered, by status ${JSON.stringify(Object.fromEntries(tally))}`
	)
);

/** What must hold for any answer to any path. */
function expectSafe(target: string, a: Answer) {
	tally.set(a.status, (tally.get(a.status) ?? 0) + 1);
	expect(ANSWERS, `${JSON.stringify(target)} → ${a.status}`).toContain(a.status);
	expect(a.body).not.toContain(SECRET);
	if (a.status === 308) {
		const location = a.headers['location'] ?? '';
		// Same origin: one slash, then a path segment; never `//host`, `/\host` or a scheme.
		expect(location, JSON.stringify(target)).toMatch(/^\/(?![/\\])/);
		expect(location).not.toMatch(/[\s\\]/);
	}
}

/** The known tricks. */
export const HOSTILE_PATHS = [
	'/%E0%A4%A',
	'/%',
	'/%%',
	'/%zz',
	'/%C0%AF',
	'/%ED%A0%80',
	'/.//evil.example/x',
	'//evil.example/x',
	'///evil.example/x',
	'/./evil.example/x',
	'/\\evil.example/x',
	'/%5Cevil.example/x',
	'/%2F%2Fevil.example/x',
	'/%2F/evil.example/x',
	'/.%2F/evil.example/x',
	'http://evil.example/x',
	'evil.example',
	'*',
	'/..',
	'/../secret.txt',
	'/../../../../etc/passwd',
	'/%2e%2e/secret.txt',
	'/%2e%2e%2fsecret.txt',
	'/..%2Fsecret.txt',
	'/..%5Csecret.txt',
	'/arsal/../../secret.txt',
	'/../build-secret/',
	'/../build-secret',
	'/%00',
	'/index.html%00.txt',
	'/arsal%00/',
	'/\u0000',
	'/arsal%0d%0aSet-Cookie:%20x=1',
	'/arsal?%0d%0aSet-Cookie:x=1',
	'/arsal?\u00ff\u00fe',
	'/%0a',
	'/%7f',
	`/${'a'.repeat(3000)}`,
	`/${'%41'.repeat(1000)}`,
	`/${'../'.repeat(500)}`,
	`/${'a/'.repeat(5000)}`,
	`/${'x'.repeat(20_000)}`,
	'/arsal',
	'/embed/arsal',
	'/data/story.json/',
	'/data/story.json/..',
	'/.',
	'/./',
	'/arsal/.',
	'/ARSAL/',
	'/arsal/#frag',
	'/%23',
	'/?',
	'/??',
	'/arsal?q=%',
	'/\u00e9',
	'/%F0%9F%92%A9'
];

/** GETs `target` with an Accept-Encoding header; the body as the bytes sent. */
function fetchEncoded(target: string, acceptEncoding: string) {
	return new Promise<{ status: number; encoding?: string; vary?: string; body: Buffer }>(
		(resolve, reject) => {
			get(
				{ host: '127.0.0.1', port, path: target, headers: { 'accept-encoding': acceptEncoding } },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							encoding: res.headers['content-encoding'],
							vary: String(res.headers['vary'] ?? ''),
							body: Buffer.concat(chunks)
						})
					);
				}
			).on('error', reject);
		}
	);
}

describe('compression', () => {
	it('reads which encodings a client accepts, q=0 refusing one', () => {
		expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual([
			'gzip',
			'deflate',
			'br',
			'zstd'
		]);
		expect([...acceptedEncodings('br;q=0, GZIP;q=0.8')]).toEqual(['gzip']);
		expect([...acceptedEncodings('')]).toEqual([]);
	});

	it("sends the build's brotli copy to a browser that takes brotli, the same page once decoded", async () => {
		const a = await fetchEncoded('/', 'gzip, deflate, br');
		expect(a.status).toBe(200);
		expect(a.encoding).toBe('br');
		expect(a.vary).toBe('accept-encoding');
		expect(brotliDecompressSync(a.body).equals(HOME)).toBe(true);
	});

	it('sends the gzip copy where brotli is refused, and the page itself where nothing is accepted', async () => {
		const gz = await fetchEncoded('/', 'br;q=0, gzip');
		expect(gz.encoding).toBe('gzip');
		expect(gunzipSync(gz.body).equals(HOME)).toBe(true);
		const plainAnswer = await fetchEncoded('/', 'identity');
		expect(plainAnswer.encoding).toBeUndefined();
		expect(plainAnswer.body.equals(HOME)).toBe(true);
	});

	it('never answers with a copy older than its page: the page is gzipped afresh', async () => {
		const a = await fetchEncoded('/arsal/', 'br, gzip');
		expect(a.encoding).toBe('gzip');
		expect(gunzipSync(a.body).toString()).toContain('<title>arsal</title>');
	});

	it('keeps the copies to their pages: asked for by name, they are not found', async () => {
		expect((await fetchEncoded('/index.html.br', 'br')).status).toBe(404);
		expect((await fetchEncoded('/index.html.gz', 'gzip')).status).toBe(404);
		expect((await fetchEncoded('/arsal/index.html.br', '')).status).toBe(404);
	});
});

describe('resolveRequest', () => {
	it('answers 400 to malformed percent-encoding instead of throwing', () => {
		expect(resolveRequest(root, '/%E0%A4%A')).toMatchObject({ kind: 'bad', status: 400 });
	});
	it('redirects a bare folder to its own path, never off the site', () => {
		expect(resolveRequest(root, '/arsal')).toEqual({ kind: 'redirect', location: '/arsal/' });
		expect(resolveRequest(root, '/arsal?x=1')).toEqual({
			kind: 'redirect',
			location: '/arsal/?x=1'
		});
		expect(resolveRequest(root, '/.//evil.example/x')).toEqual({
			kind: 'redirect',
			location: '/evil.example/x/'
		});
		expect(resolveRequest(root, '//evil.example/x')).toMatchObject({ kind: 'bad' });
	});
	it('never leaves the folder', () => {
		for (const p of ['/../secret.txt', '/../build-secret/', '/%2e%2e/secret.txt'])
			expect(resolveRequest(root, p).kind, p).not.toBe('file');
	});
});

describe('the preview server under hostile paths', () => {
	it('answers every known trick safely', async () => {
		for (const target of HOSTILE_PATHS) expectSafe(target, await raw(target));
		expect((await raw('/%E0%A4%A')).status).toBe(400);
		const redirect = await raw('/.//evil.example/x');
		expect(redirect.status).toBe(308);
		expect(redirect.headers['location']).toBe('/evil.example/x/');
		expect((await raw('/')).status).toBe(200);
	});

	it('survives 1,000 random paths and still serves /', async () => {
		// A small seeded generator, so a failure can be replayed.
		let seed = 20_140_802;
		const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) as number;
		const pieces = [
			'/',
			'//',
			'.',
			'..',
			'%',
			'%2e',
			'%2f',
			'%5c',
			'%00',
			'%E0%A4',
			'%C3%A9',
			'%ZZ',
			'\\',
			'?',
			'#',
			'&',
			';',
			':',
			'@',
			'a',
			'arsal',
			'embed',
			'index.html',
			'404.html',
			'~',
			'\u00ff',
			'%0d%0a',
			' ',
			'data',
			'story.json'
		];
		for (let i = 0; i < 1000; i++) {
			const n = 1 + Math.floor(random() * 12);
			let target = '/';
			for (let j = 0; j < n; j++) target += pieces[Math.floor(random() * pieces.length)];
			if (random() < 0.02) target += 'x'.repeat(Math.floor(random() * 30_000));
			// A space ends the request target; send it encoded as any client would.
			expectSafe(target, await raw(target.replace(/ /g, '%20')));
		}
		const home = await raw('/');
		expect(home.status).toBe(200);
		expect(home.body).toContain('home');
	}, 120_000);

	it('still serves the site as a static host does', async () => {
		expect((await raw('/arsal/')).status).toBe(200);
		expect((await raw('/embed/arsal/')).headers['content-security-policy']).toBe(
			'frame-ancestors *'
		);
		expect((await raw('/arsal/')).headers['content-security-policy']).toBe(
			"frame-ancestors 'self'"
		);
		expect((await raw('/nope/')).status).toBe(404);
		expect((await raw('/', 'POST')).status).toBe(405);
		expect((await raw('/', 'HEAD')).status).toBe(200);
	});
});
