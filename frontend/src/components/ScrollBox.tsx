import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ScrollBoxProps {
  /** What the box shows, for screen readers once it scrolls (it is then a named group). */
  label: string;
  /** Classes besides `scroll-box`. */
  className?: string;
  children: ReactNode;
}

/**
 * A wide table's (or chart's) own horizontal scroll box: on a narrow screen it scrolls inside it, never the page.
 * While it scrolls, the box is a named group the keyboard can reach and scroll with the arrow keys (a group, not a
 * region: the section around it is already the landmark); while its content fits, it is a plain box, no tab stop.
 */
export function ScrollBox({ label, className, children }: ScrollBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      className={className ? `scroll-box ${className}` : 'scroll-box'}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
