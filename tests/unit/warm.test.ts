import { describe, expect, it } from 'vitest';
import { warmingOrder } from '../../src/lib/reader/warm';

describe('the order hidden figures are laid out in', () => {
	it('goes ahead from the reader’s figure, then back from just before it', () => {
		expect(warmingOrder(6, 2)).toEqual([2, 3, 4, 5, 1, 0]);
	});
	it('starts at the top above the story, and holds every figure once', () => {
		expect(warmingOrder(4, 0)).toEqual([0, 1, 2, 3]);
		const order = warmingOrder(9, 5);
		expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
	});
	it('keeps a place past either end inside the list', () => {
		expect(warmingOrder(3, 7)).toEqual([2, 1, 0]);
		expect(warmingOrder(3, -1)).toEqual([0, 1, 2]);
		expect(warmingOrder(0, 0)).toEqual([]);
	});
});
