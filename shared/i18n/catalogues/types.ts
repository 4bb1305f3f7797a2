import type { en } from './en';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** Every catalogue has exactly the keys of the English one; the compiler and a unit test both check it. */
export type Catalogue = Shape<typeof en>;
