import { describe, expect, it } from 'vitest';
import { nextPart, warmingOrder } from '../../src/lib/reader/warm';

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

describe('the skipped part laid out first', () => {
	it('is the first that reaches into or below the viewport', () => {
		// Box bottoms relative to the viewport's top: two parts scrolled past, then the reader's.
		expect(nextPart([-900, -10, 40, 700, 1500])).toBe(2);
		expect(nextPart([120, 800])).toBe(0);
	});
	it('is the nearest behind once every part ahead is done', () => {
		expect(nextPart([-2000, -1200, -300])).toBe(2);
	});
	it('counts a part ending exactly at the top as behind', () => {
		expect(nextPart([-50, 0, 10])).toBe(2);
	});
});
