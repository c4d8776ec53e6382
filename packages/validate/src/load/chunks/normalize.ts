/** The `normalize` chunk in Node: the reference normaliser, which loads its own heavy data on first use. */
export { normalize, observableId, optionsFromAttributes } from '@gpos/normalize';
