"""Each value's distinct words, compiled: the words of every distinct value of a field,
as rows of word numbers (sorted, each once), read from the values' UTF-8 bytes.

Words are what ``str.split()`` gives (split at any Unicode whitespace), numbered in the
order they first appear, as ``pd.factorize`` numbers them, for the words two values share
(:func:`tekil.compare.token_overlap`): 131 k distinct addresses in 0.05 s, where Python's
``split``, pandas' factorize of every word and a sparse matrix of them took 0.75 s.

>>> indptr, indices, sizes = word_rows(np.array(["b a b", "a\\u00a0c", None], dtype=object))
>>> indptr.tolist(), indices.tolist(), sizes.tolist()
([0, 2, 4, 4], [0, 1, 1, 2], [2, 2, 0])
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from tekil._numba import compiled


def word_rows(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(indptr, indices, sizes)``: value ``r``'s distinct words are
    ``indices[indptr[r]:indptr[r + 1]]``, sorted, and ``sizes[r]`` of them; a value that
    is not a string has none."""
    data, offsets = _utf8(values)
    return _word_rows(data, offsets)


def _utf8(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The values' UTF-8 bytes, one after another, and where each starts (and the last ends)."""
    try:
        text = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):
        text = None  # not all strings (a number among them), or a lone surrogate
    if text is not None:
        if text.null_count:
            text = text.fill_null("")
        _, offsets, data = text.buffers()
        offsets = np.frombuffer(offsets, dtype=np.int64)[text.offset : text.offset + len(text) + 1]
        if data is None:
            return np.empty(0, np.uint8), offsets
        return np.frombuffer(data, dtype=np.uint8), offsets
    encoded = [
        v.encode("utf-8", "surrogatepass") if isinstance(v, str) else b"" for v in values.tolist()
    ]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)), out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


#: Per byte: 1 whitespace (ASCII), 2 the first byte of some whitespace characters, else 0.
_KIND = np.zeros(256, dtype=np.uint8)
_KIND[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = 1
_KIND[[0xC2, 0xE1, 0xE2, 0xE3]] = 2


@compiled(nogil=True)
def _wide_space(data: np.ndarray, k: int, end: int) -> int:
    """Bytes of the whitespace character of two or three bytes at ``data[k]`` (0: none)."""
    c = data[k]
    if c == 0xC2:
        return 2 if k + 1 < end and (data[k + 1] == 0x85 or data[k + 1] == 0xA0) else 0
    if k + 2 >= end:
        return 0
    b, d = data[k + 1], data[k + 2]
    if c == 0xE1:
        return 3 if b == 0x9A and d == 0x80 else 0  # U+1680
    if c == 0xE2 and b == 0x80:  # U+2000–U+200A, U+2028, U+2029, U+202F
        return 3 if d <= 0x8A or d == 0xA8 or d == 0xA9 or d == 0xAF else 0
    if c == 0xE2:
        return 3 if b == 0x81 and d == 0x9F else 0  # U+205F
    return 3 if b == 0x80 and d == 0x80 else 0  # U+3000


@compiled(nogil=True)
def _words(data: np.ndarray, offsets: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> int:
    """Each value's words' byte ranges, in order (into ``starts``/``ends`` unless they are
    empty); how many."""
    keep = len(starts) > 0
    count = 0
    for r in range(len(offsets) - 1):
        k, end = offsets[r], offsets[r + 1]
        start = -1  # where the word being read began
        while k < end:
            kind = _KIND[data[k]]
            width = 1 if kind == 1 else (_wide_space(data, k, end) if kind == 2 else 0)
            if width == 0:
                if start < 0:
                    start = k
                k += 1
                continue
            if start >= 0:
                if keep:
                    starts[count], ends[count] = start, k
                count += 1
                start = -1
            k += width
        if start >= 0:
            if keep:
                starts[count], ends[count] = start, end
            count += 1
    return count


@compiled(nogil=True)
def _word_rows(data: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    none = np.empty(0, dtype=np.int64)
    count = _words(data, offsets, none, none)
    starts, ends = np.empty(count, np.int64), np.empty(count, np.int64)
    _words(data, offsets, starts, ends)
    # Words numbered by an open-addressing table of their bytes (FNV-1a), first seen first.
    size = 1
    while size < 2 * count + 2:
        size *= 2
    slots = np.full(size, -1, dtype=np.int32)
    first = np.empty(count, dtype=np.int64)  # a word number's first occurrence
    number = np.empty(count, dtype=np.int32)
    numbered = 0
    for w in range(count):
        h = np.uint64(14695981039346656037)
        for k in range(starts[w], ends[w]):
            h = (h ^ np.uint64(data[k])) * np.uint64(1099511628211)
        slot = np.int64(h & np.uint64(size - 1))
        length = ends[w] - starts[w]
        while True:
            seen = slots[slot]
            if seen < 0:
                slots[slot] = numbered
                first[numbered] = w
                number[w] = numbered
                numbered += 1
                break
            o = first[seen]
            if ends[o] - starts[o] == length:
                same = True
                for k in range(length):
                    if data[starts[o] + k] != data[starts[w] + k]:
                        same = False
                        break
                if same:
                    number[w] = seen
                    break
            slot = (slot + 1) & (size - 1)
    # Each value's numbers sorted, each once.
    rows = len(offsets) - 1
    indptr = np.zeros(rows + 1, dtype=np.int64)
    indices = np.empty(count, dtype=np.int32)
    w = 0
    for r in range(rows):
        begin, out = w, indptr[r]
        while w < count and starts[w] < offsets[r + 1]:
            w += 1
        if w - begin > FEW_WORDS:  # (a whole paragraph in one cell)
            row = np.unique(number[begin:w])
            indices[out : out + len(row)] = row
            out += len(row)
        else:
            for k in range(begin, w):  # an insertion sort of a few, repeats dropped
                x = number[k]
                at = out
                while at > indptr[r] and indices[at - 1] > x:
                    at -= 1
                if at > indptr[r] and indices[at - 1] == x:
                    continue
                for m in range(out, at, -1):
                    indices[m] = indices[m - 1]
                indices[at] = x
                out += 1
        indptr[r + 1] = out
    sizes = (indptr[1:] - indptr[:-1]).astype(np.int32)
    return indptr, indices[: indptr[rows]], sizes


#: Most words of a value sorted by insertion (the rest by ``np.unique``).
FEW_WORDS = 32
