import { PendingScreen } from '@/components/layout/pending-screen';

export default function ReaderPage() {
  return <PendingScreen title="reader.title" lead="reader.lead" pending="reader.pending" />;
}
