import { describe, expect, it } from 'vitest';
import { parseQueueFilter, queueFilterParams, waitingBefore } from './queue-filter';

describe('queue filter', () => {
  it('without a state in the URL means the tickets waiting for support', () => {
    expect(parseQueueFilter(new URLSearchParams()).states).toEqual(['OPEN', 'WAITING_FOR_SUPPORT']);
    expect(queueFilterParams(parseQueueFilter(new URLSearchParams())).toString()).toBe('');
  });

  it('an empty state means every state, and survives the round trip through the URL', () => {
    const all = parseQueueFilter(new URLSearchParams('states='));
    expect(all.states).toHaveLength(5);
    expect(queueFilterParams(all).get('states')).toBe('');
  });

  it('never puts an OIDC parameter (state) in the URL, which Keycloak would refuse as the address to return to', () => {
    const params = queueFilterParams(parseQueueFilter(new URLSearchParams('states=CLOSED&q=K100200&assignee=me')));
    expect([...params.keys()]).not.toContain('state');
    expect(params.toString()).toBe('states=CLOSED&q=K100200&assignee=me');
  });

  it('ignores states and waiting times it does not know', () => {
    const filter = parseQueueFilter(new URLSearchParams('states=CLOSED,NOPE&waiting=2w'));
    expect(filter.states).toEqual(['CLOSED']);
    expect(filter.waiting).toBe('');
  });

  it('waiting longer than a day means waiting since before this time yesterday', () => {
    const now = Date.parse('2026-11-23T09:00:00Z');
    expect(waitingBefore('1d', now)).toBe('2026-11-22T09:00:00.000Z');
    expect(waitingBefore('1h', now)).toBe('2026-11-23T08:00:00.000Z');
    expect(waitingBefore('', now)).toBeUndefined();
  });
});
