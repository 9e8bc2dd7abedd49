import type { SaveError } from './form-errors';

export function FormAlert({ error }: { error?: SaveError }) {
  if (!error) return null;
  return (
    <p role="alert" className="form-alert">
      {error.message}
    </p>
  );
}
