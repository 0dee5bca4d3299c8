/** What a load run saw, per page of the shopper mix: latencies, statuses and fragments that fell back. */
import { percentile } from './stats';

/** An empty fragment placeholder a failed server include left for the browser loader to fill. */
const fallbackPattern = /<([a-z]+-[a-z-]+) data-boundary="[a-z]+" data-fragment-src="[^"]*"><\/\1>/g;

export function countFallbacks(body: string): number {
  return body.match(fallbackPattern)?.length ?? 0;
}

interface PageTally {
  latencies: number[];
  statuses: Map<number, number>;
  fallbacks: number;
}

export class LoadTally {
  private readonly pages = new Map<string, PageTally>();

  record(page: string, status: number, ms: number, body: string): void {
    let tally = this.pages.get(page);
    if (!tally) {
      tally = { latencies: [], statuses: new Map(), fallbacks: 0 };
      this.pages.set(page, tally);
    }
    tally.latencies.push(ms);
    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    tally.fallbacks += countFallbacks(body);
  }

  rows(seconds: number) {
    return [...this.pages].map(([page, tally]) => {
      const sorted = [...tally.latencies].sort((a, b) => a - b);
      const count = (test: (status: number) => boolean) => [...tally.statuses].filter(([status]) => test(status)).reduce((sum, [, n]) => sum + n, 0);
      return {
        page,
        requests: sorted.length,
        perSecond: sorted.length / seconds,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        ok: count((status) => status < 400),
        client4xx: count((status) => status >= 400 && status < 500),
        server5xx: count((status) => status >= 500),
        statuses: Object.fromEntries([...tally.statuses].sort(([a], [b]) => a - b)),
        fallbacks: tally.fallbacks,
      };
    });
  }
}
