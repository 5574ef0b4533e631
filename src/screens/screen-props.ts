// What every screen component receives: its own screen data, the session to act on, and the
// current snapshot (lesson, language, progress) to render from.
import type { Screen } from "../lesson/lesson-types";
import type { LessonSession, SessionSnapshot } from "../player/lesson-session";

export interface ScreenProps<S extends Screen> {
  screen: S;
  session: LessonSession;
  snapshot: SessionSnapshot;
}
