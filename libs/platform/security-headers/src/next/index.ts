/** The Next.js side of the policy, kept apart so the edge router and the stacks never load Next. */
export { pageNonce } from './page-nonce';
