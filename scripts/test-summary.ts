/**
 * Prints the plain `N passed, N failed` line for every test runner together, from vitest's and
 * Playwright's JSON reports. A stage that failed without a report (type check, lint, build)
 * counts as one failure, so a red run never prints "0 failed".
 *
 *   tsx scripts/test-summary.ts <exit status of npm test>
 */
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;

function read(file: string): unknown {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const unit = read('test-results/unit.json') as
	{ numPassedTests: number; numFailedTests: number } | undefined;
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
}

// The story's browser tests, and the second story's (tests/e2e-fixture).
for (const file of ['test-results/e2e.json', 'test-results/e2e-fixture.json']) {
	const e2e = read(file) as
		{ stats: { expected: number; unexpected: number; flaky: number } } | undefined;
	if (!e2e) continue;
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
}

if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
