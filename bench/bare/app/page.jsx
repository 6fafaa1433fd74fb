export default function Page() {
  return (
    <>
      <h1>A bare Next.js page</h1>
      <p>
        One heading and one paragraph, built with the same Next.js, React and webpack as the app and exported as
        static files. Every figure of the benchmark is compared with what this page costs.
      </p>
    </>
  );
}
