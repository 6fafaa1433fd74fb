import { Suspense } from 'react';
import { StudyScreen } from '@/components/study/study-screen';

export default function StudyPage() {
  return (
    <Suspense>
      <StudyScreen />
    </Suspense>
  );
}
