import fs from 'node:fs';

/** A fenced code block of README.md: its language, its text and the line its fence opens on. */
export interface ReadmeBlock {
  language: string;
  text: string;
  line: number;
}

/** The fenced code blocks of a Markdown file, in document order. */
export function readmeBlocks(file: string): ReadmeBlock[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  let open: { language: string; line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    const fence = /^```(\S*)\s*$/.exec(text);
    if (!fence) return open?.body.push(text);
    if (open) {
      blocks.push({ language: open.language, text: open.body.join('\n'), line: open.line });
      open = undefined;
    } else {
      open = { language: fence[1], line: index + 1, body: [] };
    }
  });
  return blocks;
}

/** The commands of a shell block: continuation lines joined, comment lines left out. */
export function shellCommands(block: ReadmeBlock): string[] {
  return block.text.replace(/\\\n\s*/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

/** The error code an example's comment says it answers (`# … answers CODE`), if any. */
export function documentedError(text: string): string | undefined {
  return /#.*\banswers ([A-Z][A-Z0-9_]+)/.exec(text)?.[1];
}

/** A `# signed in` block is sent with the session's token; others anonymously. */
export const needsSignIn = (block: ReadmeBlock) => /^# signed in\b/.test(block.text.trimStart());

/** Report downloads the README names as examples (`/reports/…​.pdf|xlsx` with no placeholder). */
export function downloadExamples(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...new Set([...text.matchAll(/`(?:GET )?(\/reports\/[^`<>\s]+\.(?:pdf|xlsx))`/g)].map((match) => match[1]))];
}
