// A stand-in for the module while it loads (issue 15): the same methods as SamenwijsCore,
// answering from answers the build computed with the real module (static-answers.js).
// The key of an answer is the method and the exact JSON the facade sends for it, so a
// call answers from the table only when the module would have been asked exactly that.
// Any other call goes to the real core once it has loaded (so a page drawn from answers
// keeps working through this object); before that it throws
// content_part_missing (which the router and the pages already handle by loading and
// drawing again) with a Dutch "still loading" message for handlers that show it.
import { SamenwijsCore, SamenwijsError } from './core.js';

export const STILL_LOADING = 'Samenwijs is nog aan het laden; probeer het zo opnieuw.';

/** The table key of a call: method, a space, and the arguments as the facade sends them. */
export function answerKey(method, args) {
  return `${method} ${args === undefined ? '{}' : JSON.stringify(args)}`;
}

/** The call a key stands for: { method, args }. */
export function parseAnswerKey(key) {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space), args: JSON.parse(key.slice(space + 1)) };
}

export class AnswersCore extends SamenwijsCore {
  /**
   * real: () => the real core with content when it has loaded, else null (it throws
   *       the reason when the module cannot start).
   * parts: () => the content parts the current page needs (for content_part_missing).
   */
  constructor({ real, parts }) {
    super(null);
    this.answers = new Map(); // key -> answer as JSON text (parsed per call: never shared)
    this.realCore = real;
    this.partsNow = parts;
    this.contentLoaded = true;
  }

  /** Adds a loaded answer part ({ entries: [[key, jsonText], ...] }). */
  add(part) {
    for (const [key, json] of part.entries) this.answers.set(key, json);
  }

  stillLoading() {
    const error = new SamenwijsError('content_part_missing', STILL_LOADING);
    error.parts = this.partsNow() || [];
    error.stillLoading = true;
    return error;
  }

  call(method, args = {}) {
    const json = this.answers.get(answerKey(method, args));
    if (json !== undefined) return JSON.parse(json);
    const real = this.realCore();
    if (real) return real.call(method, args);
    throw this.stillLoading();
  }

  callWithText(method, args, attachment) {
    const real = this.realCore();
    if (real) return real.callWithText(method, args, attachment);
    throw this.stillLoading();
  }

  loadContent() {
    throw this.stillLoading();
  }
}
