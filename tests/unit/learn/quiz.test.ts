import { describe, expect, it } from 'vitest';
import { fillTemplate, scoreQuiz } from '../../../src/domain/learn/quiz';

describe('scoreQuiz', () => {
  it('counts right, wrong and unanswered questions', () => {
    const result = scoreQuiz(['A', 'C', null, 'B'], ['A', 'B', 'A', 'B']);
    expect(result).toMatchObject({ correct: 2, total: 4, unanswered: 1 });
    expect(result.items.map((item) => item.correct)).toEqual([true, false, false, true]);
  });
  it('gives no credit for an empty quiz', () => {
    expect(scoreQuiz([null, null, null], ['A', 'B', 'C'])).toMatchObject({ correct: 0, total: 3, unanswered: 3 });
  });
  it('refuses answers that do not match the questions', () => {
    expect(() => scoreQuiz(['A'], ['A', 'B'])).toThrow('scoreQuiz: 1 choices for 2 questions');
  });
});

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('你答对了 {correct} 题，共 {total} 题。{x}', { correct: 3, total: 4 })).toBe('你答对了 3 题，共 4 题。{x}');
  });
});
