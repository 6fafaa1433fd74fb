import { PendingScreen } from '@/components/layout/pending-screen';

export default function StatsPage() {
  return <PendingScreen title="stats.title" lead="stats.lead" pending="stats.pending" />;
}
