/** This suite's port offset: shop 100, explore 200, decide 300, checkout 400. */
export const offset = 300;
