/**
 * A search box with suggestions, keyboard accessible: arrows move, Enter chooses, Escape closes.
 * Diacritics are optional (the API folds them). Used for the main search and, limited to offices,
 * for "Who held this office?". Says so when nothing matches; a failed request goes to `onError`.
 */
import { api, type SearchHit } from './api.js';
import { escape } from './html.js';
import { translate, type Lang } from './i18n.js';

export interface SearchOptions {
  lang: () => Lang;
  /** Only nodes of this label (e.g. Position). */
  label?: string;
  onChoose: (hit: SearchHit) => void;
  onError: (error: unknown) => void;
}

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, { lang, label, onChoose, onError }: SearchOptions): void {
  let results: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (text: string) => {
    list.innerHTML = results.length
      ? results
          .map((r, i) => `<li role="option" id="${list.id}-option-${i}" aria-selected="${i === active}">${escape(r.name)}<small>${translate(lang(), `label_${r.label}`)}</small></li>`)
          .join('')
      : `<li class="empty" role="option" aria-disabled="true" data-testid="no-results">${translate(lang(), 'noResults', { q: text })}</li>`;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (index: number) => {
    const result = results[index];
    if (!result) return;
    input.value = result.name;
    close();
    onChoose(result);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      const ask = ++asked;
      try {
        const found = (await api.search(text, label ?? null))?.results ?? [];
        if (ask !== asked) return; // a later keystroke's answer wins
        results = found;
        active = results.length ? 0 : -1;
        render(text);
      } catch (error) {
        close();
        onError(error);
      }
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!results.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render(input.value.trim());
    } else if (event.key === 'Enter' && !list.hidden && results.length) {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') close();
  });
  list.addEventListener('mousedown', (event) => {
    const item = (event.target as HTMLElement).closest('li');
    if (item && !item.classList.contains('empty')) choose([...list.children].indexOf(item));
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
