// article.json is written beside this app by scripts/bench/bareNextReference.ts, from the parsed article, before each build.
import article from '../article.json';

const style =
  'body{max-width:46rem;margin:auto;padding:1rem;font:1.2rem/2 serif;color:#1f1a14;background:#fbf8f2}h1{line-height:1.6}';

export default function Page() {
  return (
    <main>
      <style>{style}</style>
      <article>
        <h1>{article.headline}</h1>
        <p>بقلم {article.author}</p>
        {article.sections.map((section) => (
          <section key={section.id} id={section.id}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        ))}
      </article>
    </main>
  );
}
