import { fillTemplate } from '../../domain/learn/quiz';

/**
 * <lesson-filter>: combines a stage and a subject on /learn/. It reads each card's data-stage
 * and data-subjects, hides the lessons that do not match both choices (and stage sections left
 * empty), updates each section's count, says politely how many lessons are shown, and keeps the
 * choice in the address (?stage=…&subject=…) so it survives a reload or a shared link. Message
 * templates come from data-* attributes; without JavaScript the plain links do the filtering.
 */
class LessonFilter extends HTMLElement {
  connectedCallback() {
    const choices = this.querySelector<HTMLElement>('.lesson-combine');
    if (!choices || this.dataset.ready) return;
    this.dataset.ready = 'true';
    const params = new URLSearchParams(location.search);
    let chosen = false;
    for (const name of ['stage', 'subject']) {
      const radio = choices.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(params.get(name) ?? '')}"]`);
      if (radio && radio.value) {
        radio.checked = true;
        chosen = true;
      }
    }
    choices.addEventListener('change', () => this.apply(choices, true));
    if (chosen) this.apply(choices, false);
  }

  private apply(choices: HTMLElement, remember: boolean) {
    const picked = (name: string) => choices.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    const stage = picked('stage')?.value ?? '';
    const subject = picked('subject')?.value ?? '';
    let shown = 0;
    for (const section of this.querySelectorAll<HTMLElement>('section[data-stage-group]')) {
      let inSection = 0;
      for (const card of section.querySelectorAll<HTMLElement>('.lesson-card')) {
        const match = (!stage || card.dataset.stage === stage) && (!subject || (card.dataset.subjects ?? '').split(' ').includes(subject));
        card.hidden = !match;
        if (match) inSection += 1;
      }
      section.hidden = inSection === 0;
      const count = section.querySelector('.stage-count');
      if (count) count.textContent = String(inSection);
      shown += inSection;
    }
    const labels = [picked('stage'), picked('subject')].filter((radio) => radio?.value).map((radio) => radio?.dataset.label ?? '').join(' · ');
    const status = this.querySelector<HTMLElement>('.filter-status');
    if (status) {
      status.textContent = !labels ? (status.dataset.all ?? '') : fillTemplate((shown > 0 ? this.dataset.count : this.dataset.none) ?? '', { count: shown, labels });
    }
    if (remember) {
      const url = new URL(location.href);
      for (const [name, value] of [['stage', stage], ['subject', subject]]) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(history.state, '', url);
    }
  }
}

customElements.define('lesson-filter', LessonFilter);
