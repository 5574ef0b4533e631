import type { TakeHomeScreen } from "../lesson/lesson-types";
import { useT } from "../i18n/use-translate";
import { ScreenFrame } from "../player/screen-frame";
import type { ScreenProps } from "./screen-props";

export function TakeHomeScreenView({ screen }: ScreenProps<TakeHomeScreen>) {
  const t = useT();
  const { leaflet } = screen;
  return (
    <ScreenFrame screen={screen}>
      {/* Before the leaflet: on a phone the leaflet is long, and printing is the point here. */}
      <button type="button" class="button button-primary print-button" onClick={() => window.print()}>
        {t("takeHome.print")}
      </button>
      {/* The print stylesheet shows only this element, black on white. */}
      <article class="leaflet" aria-label={t("takeHome.leafletLabel")}>
        <h2 class="leaflet-heading">{leaflet.heading}</h2>
        <p class="leaflet-number">
          111
        </p>
        <ul class="leaflet-highlights">
          {leaflet.highlights.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        {leaflet.lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </article>
    </ScreenFrame>
  );
}
