/** The app's mark: decorative, the name next to it carries the meaning. */
export function AppMark() {
  return (
    <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
      <rect width="36" height="36" rx="9" fill="var(--mantine-color-indigo-8)" />
      <circle cx="18" cy="10.5" r="3" fill="var(--mantine-color-white)" />
      <path
        d="M11 17.5c2.2 1.4 4.5 2 7 2s4.8-.6 7-2M18 19.5v9"
        stroke="var(--mantine-color-white)"
        strokeWidth="2.6"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
