/**
 * Values that stand for the same thing on both sides: the IDs each side created, the tokens and the
 * random values the run sent. A one-to-one map, bound the first time two values meet in paired calls;
 * afterwards A's value equals B's only when they are twins.
 */
export class Twins {
  private readonly aToB = new Map<string, string>();
  private readonly bToA = new Map<string, string>();

  /** Binds `a` to `b` when neither is bound yet; answers whether they are twins now. */
  bind(a: string, b: string): boolean {
    const known = this.aToB.get(a);
    if (known !== undefined) return known === b;
    if (this.bToA.has(b)) return false;
    this.aToB.set(a, b);
    this.bToA.set(b, a);
    return true;
  }

  /** Whether `a` and `b` are known twins. */
  same(a: string, b: string): boolean {
    return this.aToB.get(a) === b;
  }

  /** A's value in B's terms, when it is bound. */
  twinOf(a: string): string | undefined {
    return this.aToB.get(a);
  }

  isBoundA(a: string): boolean {
    return this.aToB.has(a);
  }

  isBoundB(b: string): boolean {
    return this.bToA.has(b);
  }
}
