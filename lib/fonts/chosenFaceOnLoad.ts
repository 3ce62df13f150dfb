import type { FaceFile, loadFaceFiles } from './readerFaces';

/**
 * How long a returning reader's article may wait for their chosen face (ms). Read from the
 * browser's cache, the files take milliseconds; later than this means a cold cache on a slow
 * link, and reading now in Naskh beats waiting on. Half the 3 s browsers give a `block` face.
 */
export const CHOSEN_FACE_DEADLINE = 1500;

/**
 * Runs in <head>; on an article page, for a reader who chose a face other than Naskh. The face's
 * files are fetched at once, and the article is not painted (CSS, `html.face-pending`) until
 * they have loaded: its first frame is in the chosen face, and nothing moves when the face
 * arrives. Late (past `deadline`) or failed, this page shows in Naskh instead, for its whole
 * life, and the choice stays remembered for the next page. Self-contained: inlined as source text.
 */
export function holdForChosenFace(
  faces: Record<string, FaceFile[]>,
  articlePath: string,
  deadline: number,
  load: typeof loadFaceFiles,
) {
  const root = document.documentElement;
  const files = faces[root.dataset.face ?? ''];
  // Other pages set no text in the reader's face.
  if (!files || !location.pathname.includes(articlePath)) return;
  let settled = false;
  const show = (loaded: boolean) => {
    if (settled) return;
    settled = true;
    if (!loaded) delete root.dataset.face;
    root.classList.remove('face-pending');
  };
  root.classList.add('face-pending');
  setTimeout(() => show(false), deadline);
  load(files).then(
    () => show(true),
    () => show(false),
  );
}
