// The lesson's last words on the results screen, under a big "111": the learner's results and
// the classroom's closing screen both end this way.
import { Paragraphs } from "../ui/paragraphs";

export function ClosingWords({ lines }: { lines: readonly string[] }) {
  return (
    <div class="closing">
      <p class="big-number closing-number" aria-hidden="true">
        111
      </p>
      <Paragraphs lines={lines} />
    </div>
  );
}
