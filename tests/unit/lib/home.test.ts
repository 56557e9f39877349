import { describe, expect, test } from 'vitest';
import { chunk, pagedTitle, pageLinks } from '../../../src/lib/home.ts';

describe('paged lists', () => {
  test('chunk splits a list into pages, and an empty list is one empty page', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
  });

  test('a page title says which page it is only when there are several', () => {
    expect(pagedTitle('Ceasefire', { currentPage: 1, lastPage: 1 })).toBe('Ceasefire');
    expect(pagedTitle('Ceasefire', { currentPage: 2, lastPage: 3 })).toBe('Ceasefire, page 2 of 3');
  });

  test('pageLinks puts the first page at the list\'s own address and the others beneath it', () => {
    expect(pageLinks('/participants/x/', 1, 3)).toEqual({ currentPage: 1, lastPage: 3, url: { next: '/participants/x/2/' } });
    expect(pageLinks('/participants/x/', 2, 3)).toEqual({ currentPage: 2, lastPage: 3, url: { prev: '/participants/x/', next: '/participants/x/3/' } });
    expect(pageLinks('/participants/x/', 3, 3)).toEqual({ currentPage: 3, lastPage: 3, url: { prev: '/participants/x/2/' } });
    expect(pageLinks('/participants/x/', 1, 1)).toEqual({ currentPage: 1, lastPage: 1, url: {} });
  });
});
