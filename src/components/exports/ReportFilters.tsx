import { useId, type ReactNode } from 'react';

/**
 * The two controls above a file report (dry run, log doctor): a "Show" list and a search box,
 * then the live count of what they leave. Every change goes to the widget, which filters.
 */
export function ReportFilters<Value extends string>({
  options,
  value,
  onValue,
  searchLabel,
  searchPlaceholder,
  search,
  onSearch,
  countId,
  count,
}: {
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: Value;
  onValue: (value: Value) => void;
  searchLabel: string;
  searchPlaceholder: string;
  search: string;
  onSearch: (search: string) => void;
  /** The count's id, for the list or table it describes (`aria-describedby`). */
  countId: string;
  count: ReactNode;
}) {
  const ids = { filter: useId(), search: useId() };
  return (
    <>
      <div className="aiq-x__filters">
        <div className="aiq-cc__field">
          <label htmlFor={ids.filter} className="aiq-cc__label">
            Show
          </label>
          <select
            id={ids.filter}
            value={value}
            onChange={(event) =>
              onValue(options.find((option) => option.value === event.target.value)?.value ?? value)
            }
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="aiq-cc__field">
          <label htmlFor={ids.search} className="aiq-cc__label">
            {searchLabel}
          </label>
          <input
            id={ids.search}
            type="search"
            className="aiq-cc__input"
            value={search}
            placeholder={searchPlaceholder}
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
      </div>
      <p id={countId} className="aiq-cc__hint" role="status">
        {count}
      </p>
    </>
  );
}
