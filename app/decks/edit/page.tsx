import { Suspense } from 'react';
import { EditorScreen } from '@/components/editor/editor-screen';

export default function DeckEditPage() {
  return (
    <Suspense>
      <EditorScreen />
    </Suspense>
  );
}
