import { useEffect, type RefObject } from 'react';

/**
 * Closes an open pop-up menu the ways a keyboard or pointer user expects: Escape (the focus goes back to the menu's
 * button when it was in the menu, so it is not lost), a click outside, and the focus moving out of it (Tab past
 * the last item).
 */
export function useMenuDismiss(
  open: boolean,
  setOpen: (open: boolean) => void,
  root: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => !root.current?.contains(target as Node);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const focusInside = !outside(document.activeElement);
      setOpen(false);
      if (focusInside) toggle.current?.focus();
    };
    const onPointer = (e: MouseEvent) => outside(e.target) && setOpen(false);
    const onFocus = (e: FocusEvent) => outside(e.target) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open, setOpen, root, toggle]);
}
