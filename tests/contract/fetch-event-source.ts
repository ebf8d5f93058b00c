/**
 * Just enough of the browser's EventSource for tests in Node, which has none: named events read
 * from a fetch stream. No reconnection; `opened` tells when the server answered.
 */
export class FetchEventSource extends EventTarget {
  readonly url: string;
  /** The HTTP status of the stream's response, once it arrived. */
  readonly opened: Promise<number>;
  private readonly abort = new AbortController();

  constructor(url: string | URL) {
    super();
    this.url = String(url);
    this.opened = this.connect();
  }

  close(): void {
    this.abort.abort();
  }

  private async connect(): Promise<number> {
    const response = await fetch(this.url, { headers: { accept: "text/event-stream" }, signal: this.abort.signal });
    if (response.body) void this.pump(response.body).catch(() => undefined);
    return response.status;
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const chunk of body) {
      buffered += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffered.indexOf("\n\n")) >= 0) {
        this.dispatchBlock(buffered.slice(0, end));
        buffered = buffered.slice(end + 2);
      }
    }
  }

  /** One `event:`/`data:` block; comment lines (`: heartbeat`) are skipped, as browsers do. */
  private dispatchBlock(block: string): void {
    let type = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) type = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (data.length > 0) this.dispatchEvent(new MessageEvent(type, { data: data.join("\n") }));
  }
}
