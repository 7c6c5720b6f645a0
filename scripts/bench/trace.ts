/** Ends a Chrome trace started with `transferMode: 'ReturnAsStream'` and returns its events (the clean-view profiling tools). */
import type { CDPSession } from 'playwright-core';

export async function stopTracing<Event>(cdp: CDPSession): Promise<Event[]> {
  const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve as (x: unknown) => void));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  if (!stream) throw new Error('the trace came back without a stream');
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as Event[] | { traceEvents: Event[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
