import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/*
 * The small amount of query state the feature hooks share. Each load is tagged with the key it was
 * made for, so an answer for a previous key (say, the company selected before) is never shown, and
 * "loading" is derived from whether the answer we hold belongs to the current key.
 */

/** Keeps the latest loader without making it an effect dependency (loaders are new closures each render). */
function useLatest<F>(fn: F) {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return ref;
}

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

interface ResourceState<T> {
  key: string | null;
  requestKey: string | null;
  data?: T;
  error?: unknown;
}

/** Loads one resource whenever `key` changes (null = do not load); `reload` asks again, keeping the old data meanwhile. */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const loader = useLatest(load);
  const [reloads, setReloads] = useState(0);
  const requestKey = key === null ? null : `${key}#${reloads}`;
  const [state, setState] = useState<ResourceState<T>>({ key: null, requestKey: null });

  useEffect(() => {
    if (requestKey === null) return;
    let live = true;
    loader.current().then(
      (data) => live && setState({ key, requestKey, data }),
      (error: unknown) => live && setState((s) => ({ key, requestKey, error, data: s.key === key ? s.data : undefined })),
    );
    return () => {
      live = false;
    };
  }, [key, requestKey, loader]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) => setState((s) => ({ ...s, data: update(s.data) })),
    [],
  );
  const sameKey = key !== null && state.key === key;
  return {
    data: sameKey ? state.data : undefined,
    error: state.requestKey === requestKey ? state.error : undefined,
    loading: requestKey !== null && state.requestKey !== requestKey,
    reload,
    setData,
  };
}

export interface Page<T> {
  items: T[];
  next?: string | null;
}

export interface PagedList<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore: () => void;
  reload: () => void;
  setItems: (update: (items: T[]) => T[]) => void;
}

interface PagedState<T> {
  key: string | null;
  requestKey: string | null;
  items: T[];
  next: string | null;
  error?: unknown;
}

/** Cursor paging: the first page loads when `key` changes, `loadMore` appends the page at `next`. */
export function usePagedList<T>(key: string | null, loadPage: (cursor?: string) => Promise<Page<T>>): PagedList<T> {
  const loader = useLatest(loadPage);
  const [reloads, setReloads] = useState(0);
  const requestKey = key === null ? null : `${key}#${reloads}`;
  const [state, setState] = useState<PagedState<T>>({ key: null, requestKey: null, items: [], next: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (requestKey === null) return;
    let live = true;
    loader.current(undefined).then(
      (page) => live && setState({ key, requestKey, items: page.items, next: page.next ?? null }),
      (error: unknown) =>
        live && setState((s) => ({ key, requestKey, error, items: s.key === key ? s.items : [], next: null })),
    );
    return () => {
      live = false;
    };
  }, [key, requestKey, loader]);

  const current = requestKey !== null && state.requestKey === requestKey;
  const next = current ? state.next : null;

  const loadMore = useCallback(() => {
    if (!next || loadingMore) return;
    const forRequest = requestKey;
    setLoadingMore(true);
    loader
      .current(next)
      .then(
        (page) =>
          setState((s) =>
            s.requestKey === forRequest ? { ...s, items: [...s.items, ...page.items], next: page.next ?? null, error: undefined } : s,
          ),
        (error: unknown) => setState((s) => (s.requestKey === forRequest ? { ...s, error } : s)),
      )
      .finally(() => setLoadingMore(false));
  }, [next, loadingMore, requestKey, loader]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const setItems = useCallback((update: (items: T[]) => T[]) => setState((s) => ({ ...s, items: update(s.items) })), []);

  return {
    items: key !== null && state.key === key ? state.items : [],
    hasMore: next !== null,
    loading: (requestKey !== null && !current) || loadingMore,
    error: current ? state.error : undefined,
    loadMore,
    reload,
    setItems,
  };
}
