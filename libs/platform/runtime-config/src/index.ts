export { databaseUrl, linkedResource, LinkedResourceError } from './database-url';
export { linkedDatabaseUrl, type LinkedDatabase } from './linked-database';
export { resourceNames } from './resource-names';
export { databaseVariables, sharedClientKey } from './database-variables';
export { shopOrigin, ShopOriginError } from './shop-origin';
export { databaseCapacity, lambdaConcurrencyCap, proxyConnections } from './database-capacity';
