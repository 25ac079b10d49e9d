import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { refusalsOf } from '../api/errors';
import { newCommandId } from '../shared/command-id';
import { RETRY_ERASURE, type ErasureRequest } from './erasure.graphql';

/**
 * "ดำเนินการลบอีกครั้ง" on a request accepted whose erasure is not recorded (it failed after the decision): completes
 * the erasure and records its outcome. One command id per request, so a click whose answer was lost, clicked again,
 * destroys nothing twice; a refusal is shown under the button in Thai.
 */
export function RetryErasureButton({ request, onErased }: { request: ErasureRequest; onErased(request: ErasureRequest): void }) {
  const [commandId] = useState(newCommandId);
  const [{ fetching, error }, retry] = useMutation(RETRY_ERASURE);
  async function click() {
    const answer = await retry({ input: { requestId: request.requestId, commandId } });
    if (answer.data?.retryErasure) onErased(answer.data.retryErasure);
  }
  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" variant="light" color="orange.9" loading={fetching} onClick={() => void click()}
        aria-label={`ดำเนินการลบอีกครั้ง ${request.subjectMasked}`}>ดำเนินการลบอีกครั้ง</Button>
      {refusalsOf(error).map((r) => <Text key={r.code} size="xs" c="red.9" role="alert">{r.messageTh}</Text>)}
    </Stack>
  );
}
