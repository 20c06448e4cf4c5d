/**
 * `compute` remembered per key, up to `limit` keys: past that the memory is cleared and fills again. Words and texts
 * repeat across documents and requests (the same few thousand words in every placement, a participant's interests
 * in every `matches`), but the set of keys is open, so the memory is bounded.
 */
export function memoized<Value>(limit: number, compute: (key: string) => Value): (key: string) => Value {
  const memo = new Map<string, Value>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
