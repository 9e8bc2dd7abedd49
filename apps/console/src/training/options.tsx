/** The options of a select, each value shown by `label` (or as itself). */
export function Options({ values, label = (value) => value }: { values: readonly string[]; label?: (value: string) => string }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
