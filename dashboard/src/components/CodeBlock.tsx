// A block of code to read and copy. It scrolls sideways, so it takes focus (tabindex=0) to
// let keyboard users scroll it too, and names itself for screen readers as a region.
export function CodeBlock({ code, label }: { code: string; label: string }) {
  return (
    <pre class="snippet" tabIndex={0} role="region" aria-label={label}>
      <code>{code}</code>
    </pre>
  )
}
