/** Scoring for the lesson quiz; shared by the browser island and the unit tests. No DOM here. */

/** What a pupil chose for one question (null when unanswered) and whether it was right. */
export interface QuizItemResult {
  chosen: string | null;
  answer: string;
  correct: boolean;
}

/** The score of a whole quiz. */
export interface QuizResult {
  correct: number;
  total: number;
  unanswered: number;
  items: QuizItemResult[];
}

/** Scores the chosen letters against the answer letters, question by question. */
export function scoreQuiz(chosen: ReadonlyArray<string | null>, answers: readonly string[]): QuizResult {
  if (chosen.length !== answers.length) throw new Error(`scoreQuiz: ${chosen.length} choices for ${answers.length} questions`);
  const items = answers.map((answer, i) => ({ chosen: chosen[i], answer, correct: chosen[i] === answer }));
  return {
    correct: items.filter((item) => item.correct).length,
    total: items.length,
    unanswered: items.filter((item) => item.chosen === null).length,
    items,
  };
}

/** Fills `{name}` placeholders in a message template, e.g. "答对 {correct} 题". */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
