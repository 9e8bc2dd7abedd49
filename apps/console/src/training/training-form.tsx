import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';

/** What a submitted form holds, read by name: trimmed texts, lists of lines, and numbers. */
export interface FormValues {
  text(name: string): string;
  /** A text, or undefined when left empty. */
  optional(name: string): string | undefined;
  /** One entry per non-empty line (or comma, with `separator`). */
  list(name: string, separator?: RegExp): string[];
  number(name: string): number;
}

export interface FormState {
  error?: SaveError;
  saving: boolean;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
}

/** Submits a form once at a time; the service's errors are kept for the fields, and a saved form is cleared. */
export function useFormSubmit(save: (values: FormValues) => Promise<unknown>): FormState {
  const toSaveError = useSaveError();
  const [error, setError] = useState<SaveError>();
  const [saving, setSaving] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    setSaving(true);
    save(valuesOf(new FormData(element))).then(
      () => {
        setError(undefined);
        setSaving(false);
        element.reset();
      },
      (failure: unknown) => {
        setError(toSaveError(failure));
        setSaving(false);
      },
    );
  }
  return { error, saving, onSubmit };
}

function valuesOf(form: FormData): FormValues {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    text,
    optional: (name) => text(name) || undefined,
    list: (name, separator = /\n/) =>
      text(name)
        .split(separator)
        .map((entry) => entry.trim())
        .filter(Boolean),
    // An empty field is sent as NaN's JSON, null, so the service names the field instead of taking 0.
    number: (name) => (text(name) === '' ? NaN : Number(text(name))),
  };
}

/** A titled form panel with the service's general error on top and one submit button. */
export function TrainingForm({ title, submit, state, children }: { title: string; submit: string; state: FormState; children: ReactNode }) {
  const titleId = useId();
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={state.onSubmit} noValidate>
      <h2 id={titleId}>{title}</h2>
      <FormAlert error={state.error} />
      {children}
      <button type="submit" className="primary" disabled={state.saving}>
        {submit}
      </button>
    </form>
  );
}
