import type { SaveError } from '../ui/form-errors';

/** A group of checkboxes sharing one name, with the service's error for that name. */
export function Checkboxes({ legend, name, options, error }: { legend: string; name: string; options: Array<{ value: string; label: string }>; error?: SaveError }) {
  const messages = Object.entries(error?.fields ?? {}).filter(([field]) => field === name || field.startsWith(`${name}.`));
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="checkbox" name={name} value={option.value} /> {option.label}
        </label>
      ))}
      {messages.length > 0 && <p className="field-error">{messages.flatMap(([, text]) => text).join(' ')}</p>}
    </fieldset>
  );
}
