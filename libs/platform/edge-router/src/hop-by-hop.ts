/** Connection-scoped headers (RFC 9110 §7.6.1); they describe one hop and never travel on. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * Deletes, in place, every hop-by-hop header, any the sender listed in its own `Connection`
 * header, and any name `alsoDrop` picks. Keys are lower-case, as in node's `headers` objects.
 */
export function dropHeaders(headers: Record<string, unknown>, alsoDrop: (name: string) => boolean): void {
  const listed = new Set(
    String(headers['connection'] ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase()),
  );
  for (const name of Object.keys(headers)) {
    if (hopByHop.has(name) || listed.has(name) || alsoDrop(name)) delete headers[name];
  }
}
