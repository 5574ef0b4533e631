// The two screens that differ in classroom mode; every other kind is the learner's own component
// (src/screens/screen-registry.ts). The sorting is the learner's board plus Reveal (every situation
// not yet placed goes to its right bin, with its feedback); the results screen becomes a neutral
// close: no score for a class, just the 111 message again.
import { h, type ComponentType } from "preact";
import { placeItem } from "../activities/sorting/sorting-state";
import type { ResultsScreen, Screen, SortingScreen } from "../lesson/lesson-types";
import { ScreenFrame } from "../player/screen-frame";
import { SCREEN_REGISTRY } from "../screens/screen-registry";
import type { ScreenProps } from "../screens/screen-props";
import { SortingScreenView } from "../screens/sorting-screen";
import { ClosingWords } from "../screens/closing-words";
import { ClassroomQuizScreen } from "./classroom-quiz";
import { useScreenSteps } from "./screen-steps";

function ClassroomSortingScreen(props: ScreenProps<SortingScreen>) {
  const { screen, session } = props;
  const placed = props.snapshot.progress.sortings[screen.id] ?? {};
  const left = screen.items.filter((i) => placed[i.id] === undefined);
  useScreenSteps({
    reveal: () => {
      const now = new Date();
      session.update((p) => {
        let state = p.sortings[screen.id] ?? {};
        for (const item of screen.items) state = placeItem(screen, state, item.id, item.bin, { shownAt: now, answeredAt: now }, props.snapshot.language).state;
        return { ...p, sortings: { ...p.sortings, [screen.id]: state } };
      });
    },
    canReveal: left.length > 0,
  });
  return h(SortingScreenView, props);
}

function ClassroomClosingScreen({ screen }: ScreenProps<ResultsScreen>) {
  return (
    <ScreenFrame screen={screen}>
      <ClosingWords lines={screen.closing} />
    </ScreenFrame>
  );
}

const CLASSROOM_REGISTRY = {
  ...SCREEN_REGISTRY,
  sorting: ClassroomSortingScreen,
  quiz: ClassroomQuizScreen,
  results: ClassroomClosingScreen,
};

export function renderClassroomScreen(screen: Screen, props: Omit<ScreenProps<Screen>, "screen">) {
  const Component = CLASSROOM_REGISTRY[screen.kind] as ComponentType<ScreenProps<Screen>>;
  return h(Component, { ...props, screen, key: screen.id });
}
