import { SharedTestScreen } from '@/components/exam/shared-test-screen';

export default function SharedTestPage() {
  return <SharedTestScreen />;
}
