/**
 * Checks the hosting snippets in docs/hosting/ (nginx, Apache, Caddy; shown in the README) against
 * the real servers: each installed one is started on a free loopback port over `build/`, asked
 * for each kind of path, and stopped. Servers that are not installed are skipped and said so.
 *
 *   npx tsx scripts/try-hosts.ts [--dir build]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findPages } from './measure';

const i = process.argv.indexOf('--dir');
const root = path.resolve(i >= 0 ? (process.argv[i + 1] ?? 'build') : 'build');
const docs = path.resolve('docs/hosting');

const which = (cmd: string) =>
	['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin']
		.map((d) => path.join(d, cmd))
		.find(existsSync);

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as AddressInfo;
			s.close(() => resolve(port));
		});
	});
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
		(resolve, reject) => {
			const req = request(
				{ host: '127.0.0.1', port, path: urlPath, method: 'GET', headers },
				(res) => {
					res.resume();
					res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
				}
			);
			req.on('error', reject);
			req.end();
		}
	);
}

async function waitFor(port: number, child: ChildProcess) {
	for (let n = 0; n < 50; n++) {
		if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
		try {
			await get(port, '/');
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('did not start');
}

/** What every host must send, checked path by path; `encoding`: how its snippet compresses `/`
 * for a browser that takes brotli and gzip (the build's copy), if it does. */
async function check(port: number, encoding?: string): Promise<string[]> {
	const failures: string[] = [];
	const expect = (ok: boolean, what: string) => ok || failures.push(what);
	const csp = (h: Record<string, string | string[] | undefined>) => {
		const v = h['content-security-policy'];
		return Array.isArray(v) ? v.join(', ') : (v ?? '');
	};
	for (const { route } of findPages(root)) {
		const r = await get(port, route);
		const want = route.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
		expect(r.status === 200, `${route}: status ${r.status}`);
		expect(csp(r.headers) === want, `${route}: CSP "${csp(r.headers)}", want "${want}"`);
		expect(r.headers['x-content-type-options'] === 'nosniff', `${route}: no nosniff`);
	}
	const slug = findPages(root)
		.find((p) => p.route.startsWith('/embed/'))
		?.route.split('/')[2];
	if (slug) {
		const r = await get(port, `/${slug}`);
		const location = String(r.headers['location'] ?? '');
		expect(
			[301, 302, 307, 308].includes(r.status) &&
				(/^\/(?![/\\])/.test(location) ||
					location.startsWith(`http://127.0.0.1:${port}/`) ||
					location.startsWith(`http://localhost:${port}/`)),
			`/${slug}: ${r.status} to "${location}"`
		);
	}
	const missing = await get(port, '/no-such-page/');
	expect(missing.status === 404, `/no-such-page/: status ${missing.status}`);
	const data = await get(port, '/data/claims.csv');
	expect(data.headers['x-content-type-options'] === 'nosniff', '/data/claims.csv: no nosniff');
	const asset = readFileSync(path.join(root, 'index.html'), 'utf8').match(
		/\/_app\/immutable\/[^"'\s>]+/
	)?.[0];
	if (asset) {
		const r = await get(port, asset);
		expect(
			/immutable/.test(String(r.headers['cache-control'] ?? '')),
			`${asset}: no immutable cache`
		);
	}
	if (encoding) {
		const home = await get(port, '/', { 'accept-encoding': 'br, gzip' });
		const sent = String(home.headers['content-encoding'] ?? 'none');
		expect(sent === encoding, `/: sent ${sent}, want ${encoding} (the build's copy)`);
	}
	const file = await get(port, '/_headers');
	expect([403, 404].includes(file.status), `/_headers: status ${file.status}`);
	return failures;
}

interface Host {
	name: string;
	binary: string;
	/** How its snippet sends `/` to a browser that takes brotli and gzip. */
	encoding?: string;
	start(port: number, work: string, binary: string): ChildProcess;
}

const fill = (file: string, port: number) =>
	readFileSync(path.join(docs, file), 'utf8')
		.replaceAll('/srv/qalamoun/build', root)
		.replaceAll('8080', String(port));

const HOSTS: Host[] = [
	{
		name: 'nginx',
		binary: 'nginx',
		encoding: 'gzip',
		start(port, work, binary) {
			const conf = path.join(work, 'nginx.conf');
			writeFileSync(
				conf,
				`daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log;
events {}
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy;
	fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
${fill('nginx.conf', port).replace('listen ' + port, `listen 127.0.0.1:${port}`)}
}
`
			);
			return spawn(binary, ['-c', conf, '-p', work], { stdio: 'inherit' });
		}
	},
	{
		name: 'apache',
		binary: 'apache2',
		start(port, work, binary) {
			const modules = '/usr/lib/apache2/modules';
			const load = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'alias']
				.map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`)
				.join('\n');
			const conf = path.join(work, 'apache.conf');
			writeFileSync(
				conf,
				`ServerRoot ${work}
${load}
Listen 127.0.0.1:${port}
ServerName localhost
PidFile ${work}/httpd.pid
ErrorLog ${work}/error.log
User www-data
Group www-data
TypesConfig /etc/mime.types
DirectoryIndex index.html
<Directory />
	Require all granted
</Directory>
${fill('apache.conf', port)}
`
			);
			return spawn(binary, ['-f', conf, '-DFOREGROUND'], { stdio: 'inherit' });
		}
	},
	{
		name: 'caddy',
		binary: 'caddy',
		encoding: 'br',
		start(port, work, binary) {
			const conf = path.join(work, 'Caddyfile');
			writeFileSync(conf, `{\n\tadmin off\n\tauto_https off\n}\n${fill('Caddyfile', port)}`);
			return spawn(binary, ['run', '--config', conf, '--adapter', 'caddyfile'], {
				stdio: 'ignore',
				env: { ...process.env, HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work }
			});
		}
	}
];

if (!existsSync(path.join(root, 'index.html'))) {
	console.error(`${root} has no index.html: run npm run build first`);
	process.exit(1);
}
let failed = 0;
for (const host of HOSTS) {
	const binary = which(host.binary);
	if (!binary) {
		console.log(`${host.name}: not installed, skipped`);
		continue;
	}
	const work = mkdtempSync(path.join(tmpdir(), `qalamoun-${host.name}-`));
	const port = await freePort();
	const child = host.start(port, work, binary);
	try {
		await waitFor(port, child);
		const failures = await check(port, host.encoding);
		if (failures.length) {
			failed++;
			console.log(`${host.name}: ${failures.length} failed\n  ${failures.join('\n  ')}`);
		} else console.log(`${host.name}: OK`);
	} catch (error) {
		failed++;
		console.log(`${host.name}: ${(error as Error).message}`);
	} finally {
		child.kill('SIGTERM');
		await new Promise((r) => setTimeout(r, 300));
		if (child.exitCode === null) child.kill('SIGKILL');
		rmSync(work, { recursive: true, force: true });
	}
}
spawnSync('true');
process.exit(failed ? 1 : 0);
