import { comboOf, showCombo as shown } from './key-combo.js';

/**
 * The keyboard settings page: "Record" takes the next key combination pressed into the row's
 * field, refusing at once what the server would refuse (keys the browser keeps, text-editing
 * keys, keys that would type, a key another command has). The server checks everything again.
 */
interface Recorder {
  reserved: Record<string, 'browser' | 'editing'>;
  strings: Record<'record' | 'recording' | 'recorded' | 'cancelled' | 'unknownKey' | 'browser' | 'editing' | 'typing' | 'clash', string>;
}

const form = document.getElementById('keymap-form') as HTMLFormElement | null;
if (form) start(form);

function start(form: HTMLFormElement): void {
  const { reserved, strings } = JSON.parse(form.dataset.recorder ?? '{}') as Recorder;
  const live = document.getElementById('keymap-live');
  const rows = [...form.querySelectorAll<HTMLTableRowElement>('tr[data-action]')];
  const inputOf = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input.keys-input')!;
  const show = (text: string) => {
    if (live) live.textContent = text;
  };

  /** Who else has this combination (by the text of every other field), or null. */
  const ownerOf = (combo: string, except: HTMLElement) => rows.find((row) => row !== except
    && inputOf(row).value.split(',').map((part) => part.trim().toLowerCase()).includes(combo.toLowerCase()));

  const refusal = (combo: string, row: HTMLElement): string | null => {
    const fill = (template: string, other = '') => template.replace('{{combo}}', shown(combo)).replace('{{other}}', other);
    const reason = reserved[combo];
    if (reason) return fill(strings[reason]);
    if (!/(^|\+)(Ctrl|Alt|Meta)\+/.test(combo) && !/(^|\+)F\d+$/.test(combo)) return fill(strings.typing);
    const other = ownerOf(combo, row);
    return other ? fill(strings.clash, other.dataset.label) : null;
  };

  for (const row of rows) {
    const record = row.querySelector<HTMLButtonElement>('[data-record]')!;
    const reset = row.querySelector<HTMLButtonElement>('[data-default]')!;
    const problem = row.querySelector<HTMLElement>('[data-problem]')!;
    const say = (text: string, isProblem: boolean) => {
      problem.textContent = isProblem ? text : '';
      inputOf(row).toggleAttribute('aria-invalid', isProblem);
      row.classList.toggle('has-problem', isProblem);
      show(text);
    };
    const stop = () => {
      record.setAttribute('aria-pressed', 'false');
      record.textContent = strings.record;
    };
    // "Use the default" only where the field says something else.
    const offerDefault = () => {
      reset.hidden = inputOf(row).value.trim() === (reset.dataset.default ?? '');
    };
    record.hidden = false;
    offerDefault();
    inputOf(row).addEventListener('input', offerDefault);
    record.setAttribute('aria-pressed', 'false');
    record.addEventListener('click', () => {
      record.setAttribute('aria-pressed', 'true');
      record.textContent = strings.recording;
      show(strings.recording);
    });
    record.addEventListener('blur', () => {
      if (record.getAttribute('aria-pressed') === 'true') stop();
    });
    record.addEventListener('keydown', (event) => {
      if (record.getAttribute('aria-pressed') !== 'true') return;
      const plain = !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey;
      // Tab and Shift+Tab leave the button as usual.
      if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) return stop();
      if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph'].includes(event.key)) return;
      event.preventDefault();
      if (plain && event.key === 'Escape') {
        stop();
        return show(strings.cancelled);
      }
      const combo = comboOf(event);
      stop();
      if (!combo) return say(strings.unknownKey, true);
      const refused = refusal(combo, row);
      if (refused) return say(refused, true);
      inputOf(row).value = shown(combo);
      offerDefault();
      say(strings.recorded.replace('{{combo}}', shown(combo)), false);
    });
    reset.addEventListener('click', () => {
      inputOf(row).value = reset.dataset.default ?? '';
      offerDefault();
      inputOf(row).focus();
      say('', false);
    });
  }
}
