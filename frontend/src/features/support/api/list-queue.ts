import { useRef } from 'react';
import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';
import { waitingBefore, type QueueFilter } from '../utils/queue-filter';

const PAGE_SIZE = 20;

/** The support queue (agents): tickets waiting longest first, by default those waiting for support. */
export function listQueue(filter: QueueFilter, now: number, cursor?: string) {
  return data(
    api.GET('/api/v1/support-queue', {
      params: {
        query: {
          state: [...filter.states],
          q: filter.q || undefined,
          companyId: filter.companyId || undefined,
          priority: filter.priority ? [filter.priority] : undefined,
          assignee: filter.assignee || undefined,
          waitingBefore: waitingBefore(filter.waiting, now),
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );
}

/** "Waiting longer than" is measured from when the first page loads, so that the next pages use the same instant. */
export function useQueue(filter: QueueFilter) {
  const since = useRef(0);
  const key = `queue:${filter.states.join(',')}:${filter.q}:${filter.companyId}:${filter.waiting}:${filter.priority}:${filter.assignee}`;
  return usePagedList(key, (cursor) => {
    if (!cursor) since.current = Date.now();
    return listQueue(filter, since.current, cursor);
  });
}
