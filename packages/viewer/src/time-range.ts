/**
 * The years on screen: a histogram of dated facts per year above two sliders (first and last year),
 * and playback, which moves the last year forward one year at a time. Nodes and facts outside the
 * range are hidden (graph-model.ts `visibility`); the panels and the office query follow it.
 */
import { translate, type Lang } from './i18n.js';

export interface YearRange {
  fromYear: number | null;
  toYear: number | null;
}

export interface TimeRangeControl {
  /** New data: the histogram's years and counts. Keeps the range asked for. */
  setHistogram(histogram: Array<{ year: number; facts: number }>): void;
  render(range: YearRange, lang: Lang): void;
  playing(): boolean;
  stop(): void;
}

const PLAY_STEP_MS = 900;

export function timeRangeControl(elements: { histogram: HTMLElement; from: HTMLInputElement; to: HTMLInputElement; label: HTMLElement; play: HTMLButtonElement }, onChange: (range: YearRange) => void, lang: () => Lang): TimeRangeControl {
  let years: Array<{ year: number; facts: number }> = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  let range: YearRange = { fromYear: null, toYear: null };
  const first = () => years[0]?.year ?? 0;
  const last = () => years.at(-1)?.year ?? 0;

  // A slider at its end means "no bound": the range stays open as data comes in.
  const read = (): YearRange => {
    const from = Number(elements.from.value);
    const to = Number(elements.to.value);
    return { fromYear: from <= first() ? null : Math.min(from, to), toYear: to >= last() ? null : Math.max(from, to) };
  };
  const emit = (next: YearRange) => {
    range = next;
    control.render(range, lang());
    onChange(range);
  };
  elements.from.addEventListener('input', () => emit(read()));
  elements.to.addEventListener('input', () => emit(read()));
  elements.play.addEventListener('click', () => {
    // Pausing shows the years reached, panels included (they wait while playing).
    if (timer) {
      control.stop();
      return emit(range);
    }
    if (!years.length) return;
    // From the first year (or the range's), one year more at each step, up to the last: then all.
    let to = range.fromYear ?? first();
    emit({ fromYear: range.fromYear, toYear: to });
    timer = setInterval(() => {
      to += 1;
      if (to >= last()) {
        control.stop();
        emit({ fromYear: range.fromYear, toYear: null });
      } else emit({ fromYear: range.fromYear, toYear: to });
    }, PLAY_STEP_MS);
    control.render(range, lang());
  });

  const control: TimeRangeControl = {
    setHistogram(histogram) {
      years = histogram;
      for (const input of [elements.from, elements.to]) {
        input.min = String(first());
        input.max = String(last());
        input.disabled = years.length < 2;
      }
      control.render(range, lang());
    },
    render(next, language) {
      range = next;
      elements.from.value = String(range.fromYear ?? first());
      elements.to.value = String(range.toYear ?? last());
      const most = Math.max(1, ...years.map((y) => y.facts));
      const inside = (year: number) => (range.fromYear === null || year >= range.fromYear) && (range.toYear === null || year <= range.toYear);
      elements.histogram.innerHTML = years
        .map((y) => `<span class="${inside(y.year) ? 'in' : 'out'}" style="height:${Math.round((100 * y.facts) / most)}%" title="${y.year}: ${y.facts}"></span>`)
        .join('');
      elements.label.textContent =
        range.fromYear === null && range.toYear === null ? translate(language, 'allDates') : `${range.fromYear ?? first()} – ${range.toYear ?? last()}`;
      elements.play.textContent = translate(language, timer ? 'pause' : 'play');
      elements.play.disabled = years.length < 2;
    },
    playing: () => timer !== undefined,
    stop() {
      clearInterval(timer);
      timer = undefined;
      control.render(range, lang());
    },
  };
  return control;
}
