import { ReaderScreen } from '@/components/reader/reader-screen';

export default function ReaderPage() {
  return <ReaderScreen />;
}
