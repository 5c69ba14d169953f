package io.newswatch.processor.tagger;

import java.util.Arrays;

/**
 * A case-insensitive open-addressing hash table from words to {@link Word}s that looks up a
 * region of a text without allocating. Keys are lowercased; the typographic apostrophe is read
 * as {@code '}.
 */
final class Lexicon {
    /** Per-slot info bit: the entry starts a phrase (set by {@link #seal}). */
    static final int STARTS_PHRASE = 1 << 8;

    private String[] keys = new String[1024];
    private Word[] values = new Word[1024];
    /**
     * Per slot, four ints side by side so that a probe reads one cache line: the key's hash, its
     * offset in {@link #pool}, its length, and its info (the token marks of its cues and
     * {@link #STARTS_PHRASE}, valid once sealed). Keeps look-ups off the scattered key and entry objects.
     */
    private int[] slots = new int[4 * 1024];
    /** The keys' characters, one after another. */
    private char[] pool = new char[8 * 1024];
    private int poolSize;
    private int size;

    /** The entry for {@code key}, created if absent. */
    Word entry(String key) {
        String k = normalize(key).intern();
        char[] chars = k.toCharArray();
        Word w = get(chars, 0, chars.length, hash(chars, 0, chars.length));
        if (w != null) {
            return w;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        Word created = new Word(k);
        put(k, created);
        size++;
        return created;
    }

    /** The entry for chars[start, end) whose {@link #hash} is already known, or null. */
    Word get(char[] text, int start, int end, int h) {
        int slot = slot(text, start, end, h);
        return slot < 0 ? null : values[slot];
    }

    /** The slot of chars[start, end) whose {@link #hash} is already known, or -1. */
    int slot(char[] text, int start, int end, int h) {
        int[] sl = slots;
        int mask = keys.length - 1;
        int slot = h & mask;
        int len = end - start;
        while (true) {
            int at = slot << 2;
            if (sl[at + 2] == 0) {
                return -1;
            }
            if (sl[at] == h && sl[at + 2] == len + 1 && same(pool, sl[at + 1], text, start, len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The entry in a slot found by {@link #slot}. */
    Word value(int slot) {
        return values[slot];
    }

    /** The info of a slot found by {@link #slot}: token marks in the low byte, and {@link #STARTS_PHRASE}. */
    int info(int slot) {
        return slots[(slot << 2) + 3];
    }

    /** Records each entry's marks and whether it starts a phrase, once the vocabulary is complete. */
    void seal() {
        for (int slot = 0; slot < keys.length; slot++) {
            Word w = values[slot];
            if (w != null) {
                slots[(slot << 2) + 3] = (Tokens.marksOf(w.cues) & 0xFF) | (w.seconds != null ? STARTS_PHRASE : 0);
            }
        }
    }

    private static boolean same(char[] pool, int offset, char[] text, int start, int len) {
        for (int i = 0; i < len; i++) {
            char c = text[start + i];
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
            if (pool[offset + i] != f) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(String key, char[] text, int start, int end) {
        int len = key.length();
        if (len != end - start) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c = text[start + i];
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
            if (key.charAt(i) != f) {
                return false;
            }
        }
        return true;
    }

    /** The case-folded hash of text[start, end) that keys are stored under. */
    static int hash(char[] text, int start, int end) {
        return mix(hashOn(0, text, start, end));
    }

    /** The unmixed hash {@code h} of a word's beginning, continued over text[start, end). */
    static int hashOn(int h, char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text[i];
            h = 31 * h + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : fold(c));
        }
        return h;
    }

    /** The final step of {@link #hash}. */
    static int mix(int h) {
        return h ^ (h >>> 16);
    }

    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    private void put(String k, Word w) {
        int mask = keys.length - 1;
        int h = hash(k.toCharArray(), 0, k.length());
        int slot = h & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        if (poolSize + k.length() > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + k.length()));
        }
        k.getChars(0, k.length(), pool, poolSize);
        keys[slot] = k;
        values[slot] = w;
        int at = slot << 2;
        slots[at] = h;
        slots[at + 1] = poolSize;
        slots[at + 2] = k.length() + 1;
        poolSize += k.length();
    }

    private void grow() {
        String[] oldKeys = keys;
        Word[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Word[oldKeys.length * 2];
        slots = new int[4 * oldKeys.length * 2];
        poolSize = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "Lexicon" + Arrays.toString(new int[] {size});
    }
}
