import { PendingScreen } from '@/components/layout/pending-screen';

export default function TestPage() {
  return <PendingScreen title="test.title" lead="test.lead" pending="test.pending" />;
}
