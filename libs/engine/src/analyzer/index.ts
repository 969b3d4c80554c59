export * from './analysis-types';
export * from './catalog';
export { createAnalyzer, type Analyzer, type AnalyzerOptions } from './create-analyzer';
