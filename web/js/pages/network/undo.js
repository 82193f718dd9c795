// One "undo" notice per page: after deleting a contact or starting over, the previous state
// stays in memory until the next change, and a button brings it back.
import { announce, h, replace } from '../../dom.js';

export function undoArea() {
  const area = h('div', { class: 'undo-area', role: 'status' });
  return {
    node: area,
    /** Shows `message` with an undo button that calls `restore` once. */
    offer(message, restore) {
      const button = h('button', { type: 'button', class: 'button button--secondary button--small', onclick: () => {
        replace(area);
        restore();
        announce('Ongedaan gemaakt.');
      } }, 'Ongedaan maken');
      replace(area, h('p', { class: 'undo-notice' }, message, ' ', button));
      announce(`${message} Je kunt dit ongedaan maken.`);
      button.focus();
    },
    clear() { replace(area); },
  };
}
