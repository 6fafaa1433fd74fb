import { AttemptScreen } from '@/components/exam/attempt-screen';

export default function AttemptPage() {
  return <AttemptScreen />;
}
