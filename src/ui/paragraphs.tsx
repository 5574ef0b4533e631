// Lesson sentences as paragraphs: always text nodes, never HTML.
export function Paragraphs({ lines, class: className }: { lines: readonly string[]; class?: string }) {
  return (
    <>
      {lines.map((line, i) => (
        <p key={i} class={className}>
          {line}
        </p>
      ))}
    </>
  );
}
