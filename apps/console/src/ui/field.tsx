import { type ReactElement, cloneElement, useId } from 'react';
import { describedBy, type SaveError } from './form-errors';

/** A labelled form control with its hint and the service's error for that field. */
export function Field({ label, name, error, hint, children }: { label: string; name: string; error?: SaveError; hint?: string; children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  const messages = error?.fields[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorProps = describedBy(error, name, id);
  const described = [hintId, errorProps['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {cloneElement(children, { id, name, ...errorProps, 'aria-describedby': described })}
      {messages && (
        <p className="field-error" id={`${id}-error`}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
