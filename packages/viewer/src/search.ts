/** Search box with autocomplete, keyboard accessible: arrows move, Enter chooses, Escape closes. */
import { api } from './api.js';
import { translate, type Lang } from './i18n.js';

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, lang: () => Lang, onChoose: (id: string) => void): void {
  let results: Array<{ id: string; label: string; name: string }> = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    list.innerHTML = results
      .map((r, i) => `<li role="option" id="search-option-${i}" aria-selected="${i === active}" data-id="${encodeURIComponent(r.id)}">${r.name.replace(/</g, '&lt;')}<small>${translate(lang(), `label_${r.label}`)}</small></li>`)
      .join('');
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (index: number) => {
    const result = results[index];
    if (!result) return;
    input.value = result.name;
    close();
    onChoose(result.id);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      results = (await api.search(text).catch(() => null))?.results ?? [];
      active = results.length ? 0 : -1;
      render();
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!results.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') close();
  });
  list.addEventListener('mousedown', (event) => {
    const item = (event.target as HTMLElement).closest('li');
    if (item) choose([...list.children].indexOf(item));
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
