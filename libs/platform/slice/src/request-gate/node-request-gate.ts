/**
 * Applies a context's request gate (`request-gate.ts`) in its Node server, where every request
 * enters: `http.Server`'s `request` event, before Next.js handles it (the same hook the request
 * telemetry uses). A page's nonce headers are added to the request itself and its CSP set on the
 * response; a 503 is sent from here. On AWS Lambda no HTTP server receives the requests and this
 * stays off: the server function's wrapper applies the gate (`lambda-request-gate.ts`).
 */
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { GateOutcome, RequestGate } from './request-gate';

const installed = Symbol.for('tractor.request-gate');

type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;

export function installRequestGate(gate: RequestGate, env: NodeJS.ProcessEnv = process.env): void {
  if (env.AWS_LAMBDA_FUNCTION_NAME) return;
  const proto = Server.prototype as Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit as Emit;
  proto.emit = function emitThroughGate(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const go = (outcome: GateOutcome): boolean => {
      if (outcome?.answer) return void send(outcome.answer, res), true;
      if (outcome?.page) {
        Object.assign(req.headers, outcome.page.requestHeaders);
        res.setHeader('content-security-policy', outcome.page.csp);
      }
      return emit.call(this, event, ...args);
    };
    const outcome = gate({ method: req.method ?? 'GET', url: req.url ?? '/', header: (name) => single(req.headers[name]) });
    if (!(outcome instanceof Promise)) return go(outcome);
    outcome.then(go, () => {
      res.statusCode = 500;
      res.end();
    });
    return true;
  } as typeof proto.emit;
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

async function send(answer: Response, res: ServerResponse): Promise<void> {
  res.statusCode = answer.status;
  answer.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await answer.arrayBuffer()));
}
