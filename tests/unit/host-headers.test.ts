import { describe, expect, it } from 'vitest';
import {
	headersFile,
	headersFor,
	hostRules,
	parseHeadersFile
} from '../../src/lib/server/host-headers';

describe('the hosts’ rule: every matching rule applies', () => {
	it('shows why the old README example broke embeds', () => {
		const old = parseHeadersFile(
			"/embed/*\n  Content-Security-Policy: frame-ancestors *\n/*\n  Content-Security-Policy: frame-ancestors 'self'\n"
		);
		expect(headersFor(old, '/embed/arsal/')['content-security-policy']).toBe(
			"frame-ancestors *, frame-ancestors 'self'"
		);
	});

	it('gives each kind of path one frame-ancestors with the generated rules', () => {
		const rules = parseHeadersFile(
			headersFile(hostRules(['/', '/arsal/', '/sources/', '/404.html']))
		);
		const csp = (p: string) => headersFor(rules, p)['content-security-policy'];
		expect(csp('/embed/arsal/')).toBe('frame-ancestors *');
		expect(csp('/arsal/')).toBe("frame-ancestors 'self'");
		expect(csp('/arsal/index.html')).toBe("frame-ancestors 'self'");
		expect(csp('/')).toBe("frame-ancestors 'self'");
		expect(csp('/404.html')).toBe("frame-ancestors 'self'");
		expect(csp('/data/claims.csv')).toBeUndefined();
		for (const p of ['/', '/embed/arsal/', '/data/claims.csv', '/_app/immutable/x.js'])
			expect(headersFor(rules, p)['x-content-type-options']).toBe('nosniff');
		expect(headersFor(rules, '/_app/immutable/x.js')['cache-control']).toMatch(/immutable/);
	});

	it('refuses a header line outside a rule', () => {
		expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/outside a rule/);
	});
});
