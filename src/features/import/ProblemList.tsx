// Lists validation problems with their place in the file: line:column, JSON pointer, message and hint.
import type { Problem } from '../../domain/validate';

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ol className="problem-list">
      {problems.map((problem, index) => (
        <li key={index} className={`problem problem--${problem.severity}`}>
          <span className="problem__where">
            {problem.file}:{problem.line}:{problem.column}
          </span>{' '}
          <code className="problem__pointer">{problem.pointer || '/'}</code>{' '}
          <span className="problem__severity">{problem.severity}</span>
          <p className="problem__message">{problem.message}</p>
          {problem.hint && <p className="problem__hint">Hint: {problem.hint}</p>}
        </li>
      ))}
    </ol>
  );
}
