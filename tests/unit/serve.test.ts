/**
 * The preview server (scripts/serve.ts) under hostile paths: a list of known tricks, then 1,000
 * random paths, against a real server on a free loopback port. Every request gets an answer,
 * nothing outside the folder is served, every redirect stays on the site, and `/` still answers
 * 200 afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, resolveRequest } from '../../scripts/serve';

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
