import 'server-only';
import { createContext } from './context';
import { createCaller } from './root';

/** The BFF as route handlers call it: in-process, with the request's id for the logs. */
export function requestCaller(req: Request) {
  return createCaller(createContext(req.headers));
}
