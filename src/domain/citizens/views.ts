// The view models of the citizens' pages, one module each, gathered here: pages import from this file.
export { tipsPageView, tipFilterPageView, tipFilterPaths, tipsPrintView, tipCards, tipSources, tipFilter } from './tips-views';
export type { TipCardView, TipSourceView, TipFilterView, FilterOptionView } from './tips-views';
export { calculatorPageView, standardName } from './calculator-views';
export type { CalculatorPageView, CalcFieldView, CoefficientRowView } from './calculator-views';
export { labelsPageView, LABEL_QUERY_SITE, LABEL_LAYOUT_SOURCES } from './labels-views';
export type { LabelsPageView, LabelProductRow } from './labels-views';
