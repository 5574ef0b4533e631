import type { Card, InfoScreen as InfoScreenData } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { ScreenFrame } from "../player/screen-frame";
import { LessonImage } from "../ui/lesson-image";
import type { ScreenProps } from "./screen-props";

export function InfoScreen({ screen }: ScreenProps<InfoScreenData>) {
  return (
    <ScreenFrame screen={screen}>
      {screen.cards && screen.cards.length > 0 && (
        <ul class="cards">
          {screen.cards.map((card, i) => (
            <InfoCard key={i} card={card} />
          ))}
        </ul>
      )}
    </ScreenFrame>
  );
}

function InfoCard({ card }: { card: Card }) {
  const t = useT();
  const tone = card.tone ?? "neutral";
  return (
    <li class={`card card-${tone}`}>
      <LessonImage image={card.image} class="card-image" />
      {/* Tone is said in words too, never by colour alone. */}
      {tone !== "neutral" && (
        <p class="card-tone">
          <span aria-hidden="true">{tone === "safe" ? "✓ " : "! "}</span>
          {t(tone === "safe" ? "card.tone.safe" : "card.tone.unsafe")}
        </p>
      )}
      <h2 class="card-title">{card.title}</h2>
      <p>{card.text}</p>
    </li>
  );
}
