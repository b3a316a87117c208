import { fillTemplate, scoreQuiz } from '../../domain/learn/quiz';

/**
 * <lesson-quiz>: scores a lesson quiz in the browser. Without JavaScript the quiz is a plain
 * form whose answers sit in <details>; this element shows the score buttons, hides the
 * answers until the pupil submits, then explains each answer (with the status of the plan
 * target it is about) and announces the score in the form's status region. Submitting with
 * nothing answered reveals nothing: focus moves to a message asking for answers first.
 * Message templates come from data-* attributes.
 */
class LessonQuiz extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || this.dataset.ready) return;
    this.dataset.ready = 'true';
    this.querySelectorAll<HTMLElement>('[data-when="no-script"]').forEach((el) => (el.hidden = true));
    this.querySelectorAll<HTMLElement>('[data-when="script"], .quiz-actions').forEach((el) => (el.hidden = false));
    this.questions().forEach((question) => this.reveal(question).forEach((el) => (el.hidden = true)));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.score();
    });
    form.addEventListener('reset', () => this.clear());
  }

  private questions() {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.question')];
  }

  private reveal(question: HTMLFieldSetElement) {
    return [...question.querySelectorAll<HTMLDetailsElement>('details.reveal')];
  }

  private score() {
    const questions = this.questions();
    const chosen = questions.map((q) => q.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null);
    const message = this.querySelector<HTMLElement>('.quiz-message');
    if (chosen.every((letter) => letter === null)) {
      this.clear();
      if (message) {
        message.textContent = this.dataset.empty ?? '';
        message.hidden = false;
        message.focus();
      }
      return;
    }
    if (message) message.hidden = true;
    const result = scoreQuiz(chosen, questions.map((q) => q.dataset.answer ?? ''));
    result.items.forEach((item, i) => {
      const question = questions[i];
      const feedback = question.querySelector<HTMLElement>('.feedback');
      if (!feedback) return;
      const template = item.correct ? this.dataset.right : item.chosen === null ? this.dataset.skipped : this.dataset.wrong;
      feedback.textContent = `${fillTemplate(template ?? '', { letter: item.answer })}${question.dataset.explanation ?? ''}`;
      // The plan target the question is about, with whether it was met (the same links as in the answer).
      const targets = question.querySelector('.quiz-targets .target-status');
      if (targets) feedback.append(targets.cloneNode(true));
      feedback.hidden = false;
      question.dataset.result = item.correct ? 'right' : 'wrong';
      question.setAttribute('aria-describedby', feedback.id);
    });
    const status = this.querySelector('.quiz-score');
    if (!status) return;
    const missing = result.unanswered > 0 ? fillTemplate(this.dataset.unanswered ?? '', { count: result.unanswered }) : '';
    status.textContent = fillTemplate(this.dataset.score ?? '', { correct: result.correct, total: result.total }) + missing;
  }

  private clear() {
    const message = this.querySelector<HTMLElement>('.quiz-message');
    if (message) message.hidden = true;
    for (const question of this.questions()) {
      const feedback = question.querySelector<HTMLElement>('.feedback');
      if (feedback) {
        feedback.hidden = true;
        feedback.textContent = '';
      }
      delete question.dataset.result;
      question.removeAttribute('aria-describedby');
    }
    const status = this.querySelector('.quiz-score');
    if (status) status.textContent = '';
  }
}

customElements.define('lesson-quiz', LessonQuiz);
