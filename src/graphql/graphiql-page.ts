import type { ApolloServerPlugin } from '@apollo/server';

/** Where the page loads its files from: this service, never a CDN. */
export const GRAPHIQL_ASSET_PATH = '/graphiql';

const FIRST_QUERY = `# Damrong GraphQL. Without a sign-in: provinces, districts,
# subdistricts, holidays, complaintStatus, districtNews.
# Everything else needs one: run SignIn (README, First
# sign-in), then put its token in Headers below:
# {"Authorization": "Bearer <token>"}
query Provinces {
  provinces { code nameTh nameEn }
}

mutation SignIn {
  signIn(citizenId: "", password: "") { token mustChangePassword }
}
`;

/** The GraphiQL page of `endpoint`, its scripts and styles all from GRAPHIQL_ASSET_PATH. */
export function graphiqlHtml(endpoint: string): string {
  const asset = (name: string) => `${GRAPHIQL_ASSET_PATH}/${name}`;
  return `<!DOCTYPE html>
<html lang="th">
  <head>
    <meta charset="utf-8" />
    <title>Damrong GraphQL</title>
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
    <script src="${asset('react.js')}"></script>
    <script src="${asset('react-dom.js')}"></script>
    <script src="${asset('graphiql.js')}"></script>
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script>
      ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} }),
        defaultQuery: ${JSON.stringify(FIRST_QUERY)},
        defaultEditorToolsVisibility: true,
      }));
    </script>
  </body>
</html>
`;
}

/** Apollo's landing page: GraphiQL served by the service (Apollo's and Nest's own pages load from CDNs). */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  const html = graphiqlHtml(endpoint);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
