import type { WelcomeScreen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { ScreenFrame } from "../player/screen-frame";
import type { ScreenProps } from "./screen-props";

export function WelcomeScreenView({ screen }: ScreenProps<WelcomeScreen>) {
  const t = useT();
  return (
    <ScreenFrame
      screen={screen}
      lead={
        <p class="big-number welcome-number" role="img" aria-label={t("welcome.numberLabel")}>
          {t("welcome.number")}
        </p>
      }
    >
      <ul class="facts" aria-label={t("welcome.factsLabel")}>
        {screen.facts.map((fact, i) => (
          <li key={i} class="fact">
            {fact}
          </li>
        ))}
      </ul>
      <p class="calm-note">{screen.calmNote}</p>
    </ScreenFrame>
  );
}
