package io.newswatch.processor.tagger;

import java.util.Arrays;

/**
 * A case-insensitive open-addressing hash table from words to {@link Word}s that looks up a
 * region of a text without allocating. Keys are lowercased; the typographic apostrophe is read
 * as {@code '}.
 */
final class Lexicon {
    private String[] keys = new String[1024];
    private char[][] keyChars = new char[1024][];
    private int[] hashes = new int[1024];
    private Word[] values = new Word[1024];
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
        int mask = keys.length - 1;
        int slot = h & mask;
        while (true) {
            String k = keys[slot];
            if (k == null) {
                return null;
            }
            if (hashes[slot] == h && same(keyChars[slot], text, start, end)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean same(char[] key, char[] text, int start, int end) {
        int len = key.length;
        if (len != end - start) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c = text[start + i];
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
            if (key[i] != f) {
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
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            h = 31 * h + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : fold(c));
        }
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
        keys[slot] = k;
        keyChars[slot] = k.toCharArray();
        hashes[slot] = h;
        values[slot] = w;
    }

    private void grow() {
        String[] oldKeys = keys;
        Word[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        keyChars = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Word[oldKeys.length * 2];
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
