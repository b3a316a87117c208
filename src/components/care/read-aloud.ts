/**
 * <read-aloud>: reads the page's main content with the browser's own speech synthesis, in a
 * Chinese voice installed on this device. Start, pause / resume and stop are buttons; Esc inside
 * the control stops too. Voices that send the text to a server (`localService` false) are never
 * used, so nothing leaves the browser. Its labels and messages come with this file
 * (src/i18n/zh-CN/care.ts), which loads only when the reader is first used, so pages do not carry them.
 */
import { readableLines, toUtterances } from './speech-text';
import { care } from '../../i18n/zh-CN/care';

type State = 'idle' | 'playing' | 'paused';
type Message = 'playing' | 'paused' | 'stopped' | 'done' | 'failed' | 'noVoice' | 'onlineOnly' | 'unsupported';

const LABEL: Record<State, string> = { idle: care['read.start'], playing: care['read.pause'], paused: care['read.resume'] };

/** Mandarin voices first (zh-CN, cmn, zh-Hans), then other Chinese voices; only voices on this device. */
function rankVoice(voice: SpeechSynthesisVoice): number {
  if (!voice.localService) return 9;
  if (/^(zh[-_](CN|Hans)|cmn)/i.test(voice.lang)) return 0;
  if (/^zh[-_]TW/i.test(voice.lang)) return 1;
  return /^zh/i.test(voice.lang) ? 2 : 9;
}

/** The voices, waiting briefly when the browser loads them lazily (Chromium does). */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

class ReadAloud extends HTMLElement {
  private state: State = 'idle';
  private queue: string[] = [];
  // Kept so the browser does not drop the utterance (and its end event) while it speaks.
  private current: SpeechSynthesisUtterance | null = null;
  private run = 0;
  private loading = false;

  private get play() { return this.querySelector<HTMLButtonElement>('[data-read="play"]')!; }
  private get stopButton() { return this.querySelector<HTMLButtonElement>('[data-read="stop"]')!; }
  private get status() { return this.querySelector<HTMLElement>('[role="status"]')!; }
  private get synth(): SpeechSynthesis | null {
    return window.speechSynthesis && 'SpeechSynthesisUtterance' in window ? window.speechSynthesis : null;
  }

  connectedCallback() {
    this.play.addEventListener('click', () => this.onPlay());
    this.stopButton.addEventListener('click', () => {
      this.stop('stopped');
      this.play.focus();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.state !== 'idle') {
        this.stop('stopped');
        this.play.focus();
      }
    });
    // Leaving the page silences it; Chromium would otherwise go on speaking.
    window.addEventListener('pagehide', () => this.synth?.cancel());
    this.synth?.getVoices();
  }

  private async onPlay() {
    const synth = this.synth;
    if (!synth) return this.say('unsupported');
    if (this.state === 'playing') {
      synth.pause();
      return this.setState('paused', 'paused');
    }
    if (this.state === 'paused') {
      synth.resume();
      return this.setState('playing', 'playing');
    }
    if (this.loading) return;
    this.loading = true;
    const voices = await loadVoices(synth);
    this.loading = false;
    const voice = voices.filter((v) => rankVoice(v) < 9).sort((a, b) => rankVoice(a) - rankVoice(b))[0];
    if (!voice) return this.say(voices.some((v) => /^(zh|cmn)/i.test(v.lang)) ? 'onlineOnly' : 'noVoice');
    const main = document.querySelector('main');
    this.queue = main ? toUtterances(readableLines(main)) : [];
    synth.cancel();
    this.run += 1;
    this.setState('playing', 'playing');
    this.next(synth, voice, this.run);
  }

  /** Speaks the next piece; each piece starts when the one before has ended. */
  private next(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, run: number) {
    const text = this.queue.shift();
    if (text === undefined) return this.stop('done');
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.voice = voice;
    utterance.addEventListener('end', () => run === this.run && this.current === utterance && this.next(synth, voice, run));
    utterance.addEventListener('error', (event) => {
      if (run === this.run && event.error !== 'interrupted' && event.error !== 'canceled') this.stop('failed');
    });
    this.current = utterance;
    synth.speak(utterance);
  }

  private stop(message: Message) {
    this.run += 1;
    this.queue = [];
    this.current = null;
    this.synth?.cancel();
    this.setState('idle', message);
  }

  private setState(state: State, message: Message) {
    this.state = state;
    this.play.textContent = LABEL[state];
    this.stopButton.hidden = state === 'idle';
    this.say(message);
  }

  private say(message: Message) {
    this.status.textContent = care[`read.${message}`];
  }
}

if (!customElements.get('read-aloud')) customElements.define('read-aloud', ReadAloud);
export {};
