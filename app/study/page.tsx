import { PendingScreen } from '@/components/layout/pending-screen';

export default function StudyPage() {
  return <PendingScreen title="study.title" lead="study.lead" pending="study.pending" />;
}
