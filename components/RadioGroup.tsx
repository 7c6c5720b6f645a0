/**
 * A WAI-ARIA radio group of buttons (APG "radio group" pattern): one Tab stop — the checked option —
 * and the arrow keys move the choice, wrapping at both ends, with Home/End for the first and last.
 * Used by the reader view's width and theme choices.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface RadioOption<T extends string> {
  value: T;
  label: ComponentChildren;
  class?: string;
}

export interface RadioGroupProps<T extends string> {
  label: string;
  options: RadioOption<T>[];
  value: T;
  onChange(value: T): void;
  class?: string;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

export function RadioGroup<T extends string>({ label, options, value, onChange, class: className }: RadioGroupProps<T>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const checkedIndex = Math.max(0, options.findIndex((option) => option.value === value));

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    buttons.current[index]?.focus();
    if (option.value !== value) onChange(option.value);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = options.length - 1;
    let target: number | null = null;
    if (NEXT_KEYS.has(event.key)) target = index === last ? 0 : index + 1;
    else if (PREVIOUS_KEYS.has(event.key)) target = index === 0 ? last : index - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = last;
    if (target === null) return;
    // The page under the reader overlay must not scroll or see the key.
    event.preventDefault();
    event.stopPropagation();
    choose(target);
  };

  return (
    <div class={className} role="radiogroup" aria-label={label}>
      {options.map((option, index) => (
        <button
          key={option.value}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          class={option.class}
          aria-checked={option.value === value}
          tabIndex={index === checkedIndex ? 0 : -1}
          onClick={() => choose(index)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
