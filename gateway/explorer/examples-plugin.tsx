import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { getOperationAST, parse } from 'graphql';
import { EXAMPLES, type ExampleOperation } from './examples.js';

/** Puts an example into the editors of the current tab; running it stays the user's choice. */
function ExampleList() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const actions = useGraphiQLActions();
  const open = (example: ExampleOperation) => {
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(JSON.stringify(example.variables, null, 2));
    // GraphiQL learns the operation name from the editor a moment later; a run before that
    // would ask for the previous query's operation.
    const name = getOperationAST(parse(example.query))?.name?.value;
    if (name) actions.setOperationName(name);
    queryEditor?.focus();
  };
  return (
    <div className="hub-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="hub-examples__intro">
        Real questions on the demo world. Click one to load it, then run it with ▶ or Ctrl-Enter.
      </p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              className="hub-examples__button"
              data-example={example.id}
              // Until the editors exist a click would load nothing: the example waits for them.
              disabled={!queryEditor || !variableEditor}
              onClick={() => open(example)}
            >
              <span className="hub-examples__title">{example.title}</span>
              <span className="hub-examples__description">{example.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" aria-hidden>
      <path d="M4 5h16M4 12h16M4 19h10" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** Sidebar panel with the ready-made operations, open when the page loads. */
export const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: ExamplesIcon,
  content: ExampleList,
};
