import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** A bounded load on a loopback URL: 20 connections for `seconds`, then it stops by itself. */
export async function loadTest(url: string, seconds = 10): Promise<LoadFigures> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load tests stay on loopback: ${url}`);
  const result = await autocannon({ url, connections: 20, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
