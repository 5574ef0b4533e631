import { placeItem } from "../activities/sorting/sorting-state";
import { SortingBoard } from "../activities/sorting/sorting-board";
import type { SortingScreen } from "../lesson/lesson-types";
import { useRef } from "preact/hooks";
import { ScreenFrame } from "../player/screen-frame";
import type { ScreenProps } from "./screen-props";

export function SortingScreenView({ screen, session, snapshot }: ScreenProps<SortingScreen>) {
  const state = snapshot.progress.sortings[screen.id] ?? {};
  // The whole board is one interaction: latency runs from showing the screen to the last placement.
  const shownAt = useRef(new Date());
  const onPlace = (itemId: string, binId: string) => {
    // Read the latest state (not this render's): two quick clicks must not lose a placement.
    const latest = session.state.progress.sortings[screen.id] ?? {};
    const change = placeItem(screen, latest, itemId, binId, { shownAt: shownAt.current, answeredAt: new Date() }, snapshot.language);
    session.update((p) => ({ ...p, sortings: { ...p.sortings, [screen.id]: change.state } }), change.record ? [change.record] : []);
  };
  return (
    <ScreenFrame screen={screen}>
      <SortingBoard screen={screen} state={state} onPlace={onPlace} />
    </ScreenFrame>
  );
}
