import { ExamScreen } from '@/components/exam/exam-screen';

export default function TestPage() {
  return <ExamScreen />;
}
