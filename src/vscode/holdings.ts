import * as vscode from 'vscode';

/**
 * Counts of what the extension holds that could grow while a reader works (issue 13: no growth in
 * listeners or decorations over open/edit/close cycles). Kept by the few places that create such
 * things, read by the integration tests through the extension's API.
 */
const emitters = new Set<CountedEmitter<unknown>>();
let liveDecorationTypes = 0;
let liveRequestSubscriptions = 0;

/** An EventEmitter that knows how many listeners it has (VS Code's own keeps that private). */
export class CountedEmitter<T> implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<T>();
  private readonly subscriptions = new Set<vscode.Disposable>();

  constructor() {
    emitters.add(this);
  }

  readonly event: vscode.Event<T> = (listener, thisArgs, disposables) => {
    const inner = this.emitter.event(listener, thisArgs);
    const counted: vscode.Disposable = {
      dispose: () => {
        this.subscriptions.delete(counted);
        inner.dispose();
      },
    };
    this.subscriptions.add(counted);
    disposables?.push(counted);
    return counted;
  };

  get listenerCount(): number {
    return this.subscriptions.size;
  }

  fire(value: T): void {
    this.emitter.fire(value);
  }

  dispose(): void {
    this.subscriptions.clear();
    this.emitter.dispose();
    emitters.delete(this);
  }
}

/**
 * A decoration type that is counted while it lives. VS Code hands out a frozen object, so the
 * counted one inherits from it (its `key` is read through) with a `dispose` of its own.
 */
export function countedDecorationType(options: vscode.DecorationRenderOptions): vscode.TextEditorDecorationType {
  const type = vscode.window.createTextEditorDecorationType(options);
  liveDecorationTypes++;
  let disposed = false;
  const counted = Object.create(type) as vscode.TextEditorDecorationType;
  Object.defineProperty(counted, 'dispose', {
    value: () => {
      if (!disposed) liveDecorationTypes--;
      disposed = true;
      type.dispose();
    },
  });
  return counted;
}

/** A subscription made for one request (a hover waiting for an analysis), counted until it is disposed. */
export function countedRequestSubscription(subscription: vscode.Disposable): vscode.Disposable {
  liveRequestSubscriptions++;
  let disposed = false;
  return {
    dispose: () => {
      if (!disposed) liveRequestSubscriptions--;
      disposed = true;
      subscription.dispose();
    },
  };
}

export interface ListenerCounts {
  /** Listeners on the extension's own events (its services' and views' change events), VS Code's included. */
  eventListeners: number;
  /** The extension's own events alive. */
  emitters: number;
  /** Subscriptions made for single requests and not yet released. */
  requestSubscriptions: number;
  /** Decoration types alive. */
  decorationTypes: number;
}

export function listenerCounts(): ListenerCounts {
  let eventListeners = 0;
  for (const emitter of emitters) eventListeners += emitter.listenerCount;
  return { eventListeners, emitters: emitters.size, requestSubscriptions: liveRequestSubscriptions, decorationTypes: liveDecorationTypes };
}
