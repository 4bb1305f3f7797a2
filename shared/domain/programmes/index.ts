/** Individual programmes' types and pure rules: statuses, the Goal Attainment Scale, ICF-CY codes, reviews. */
export * from './types';
export * from './status';
export * from './gas';
export * from './icf';
export * from './review-due';
export * from './counts';
