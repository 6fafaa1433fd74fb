'use client';
import styles from './choice-group.module.css';

/** The shared look of labelled groups of radio buttons and checkboxes (also used by quiz questions). */
export { styles as choiceStyles };

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/** A labelled group of radio buttons: native keyboard support (arrows) and screen-reader semantics. */
export function ChoiceGroup<T extends string | number>({
  name,
  legend,
  choices,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.choices}>
        {choices.map((choice) => (
          <label key={String(choice.value)} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** A labelled group of checkboxes choosing several values. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  choices,
  checked,
  onChange,
}: {
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  checked: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
      <div className={styles.choices}>
        {choices.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input type="checkbox" checked={checked.includes(choice.value)} onChange={() => onChange(toggle(checked, choice.value))} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
