import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A page or part still loading: the spinner, and its name for screen readers (a live status). */
export function Loading() {
  return (
    <Center p="xl" role="status">
      <Loader />
      <VisuallyHidden>กำลังโหลด</VisuallyHidden>
    </Center>
  );
}
