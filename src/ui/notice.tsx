// A short status line (preview mode, saving…). role=status so screen readers hear changes
// without losing their place.
import type { ComponentChildren } from "preact";

export function Notice({ tone, children, testId }: { tone: "info" | "calm"; children: ComponentChildren; testId?: string }) {
  return (
    <p class={`notice notice-${tone}`} role="status" data-testid={testId}>
      {children}
    </p>
  );
}
