import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScrollBox } from './ScrollBox';

/** jsdom has no layout: the test says how wide the box's content is and when a resize is observed. */
let observed: (() => void) | undefined;
class FakeResizeObserver {
  constructor(callback: () => void) {
    observed = callback;
  }
  observe() {}
  disconnect() {}
}

function renderTable() {
  render(
    <ScrollBox label="Members">
      <table>
        <tbody>
          <tr>
            <td>Alice</td>
          </tr>
        </tbody>
      </table>
    </ScrollBox>,
  );
  return screen.getByRole('table').parentElement as HTMLElement;
}

function resize(box: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(box, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: clientWidth });
  act(() => observed?.());
}

describe('ScrollBox', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    observed = undefined;
  });

  it('is a plain box and no tab stop while the table fits', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const box = renderTable();
    resize(box, 300, 300);
    expect(box).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('becomes a named group the keyboard reaches once the table is wider than the screen', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const box = renderTable();
    resize(box, 700, 358);
    expect(screen.getByRole('group', { name: 'Members' })).toBe(box);
    expect(box).toHaveAttribute('tabindex', '0');
    resize(box, 358, 358);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
