export * from './posture-score';
export * from './posture-tally';
export * from './namespace-reach';
export * from './diff-reach';
export * from './snapshot-posture';
