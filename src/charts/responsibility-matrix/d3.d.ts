// The d3 package ships no type declarations and @types/d3 is not installed; these describe
// the few functions the charts import. Remove this file if @types/d3 is added.
declare module 'd3' {
  /** A band scale: maps each domain value to the start of an equal band. */
  export function scaleBand<Domain extends string = string>(): {
    (value: Domain): number | undefined;
    domain(values: readonly Domain[]): ReturnType<typeof scaleBand<Domain>>;
    range(range: readonly [number, number]): ReturnType<typeof scaleBand<Domain>>;
    paddingInner(padding: number): ReturnType<typeof scaleBand<Domain>>;
    bandwidth(): number;
    step(): number;
  };
  /** A linear scale with nice domains and ticks. */
  export function scaleLinear(): {
    (value: number): number;
    domain(values: readonly [number, number]): ReturnType<typeof scaleLinear>;
    range(range: readonly [number, number]): ReturnType<typeof scaleLinear>;
    nice(count?: number): ReturnType<typeof scaleLinear>;
    ticks(count?: number): number[];
  };
}
