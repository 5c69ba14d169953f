package io.newswatch.processor.tagger;

/**
 * Splits tokens into sentences: at a line break, or after a sentence-ending mark (and any
 * closing quotes) followed by a space and a capital, digit or quote. Abbreviations ("Feb.",
 * "Mr.", "No. 2", "U.S.") are single tokens and so never end a sentence, except that "U.S."
 * does before a common sentence opener ("... from the U.S. The ...").
 *
 * <p>A run of more than {@value #MAX_TOKENS} tokens with no sentence end (a table, a feed dump, an
 * attack) is cut at its last comma or clause mark, so that the readers' windows stay bounded.
 */
final class SentenceSplitter {

    static final int MAX_TOKENS = 400;

    private SentenceSplitter() {
    }

    /** Token indices where sentences start, followed by {@code t.size}. */
    static int[] split(Tokens t) {
        int[] bounds = new int[16];
        int n = 0;
        if (t.size == 0) {
            return new int[] {0};
        }
        bounds[n++] = 0;
        for (int i = 1; i < t.size; i++) {
            boolean cut = false;
            int last = bounds[n - 1];
            if (i - last >= MAX_TOKENS) {
                int at = i;
                for (int k = i - 1; k > i - 100; k--) {
                    if (t.type[k] == Tokens.COMMA || t.type[k] == Tokens.CLAUSE) {
                        at = k + 1;
                        break;
                    }
                }
                if (n == bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, n * 2);
                }
                bounds[n++] = at;
                cut = true;
            }
            if (!cut && startsSentence(t, i)) {
                if (n == bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, n * 2);
                }
                bounds[n++] = i;
            }
        }
        bounds = java.util.Arrays.copyOf(bounds, n + 1);
        bounds[n] = t.size;
        return bounds;
    }

    private static boolean startsSentence(Tokens t, int i) {
        if (t.lineBefore(i)) {
            return true;
        }
        if (!t.spaceBefore(i)) {
            return false;
        }
        byte ty = t.type[i];
        boolean opener = ty == Tokens.QUOTE || ty == Tokens.NUMBER || ty == Tokens.OPEN
                || (ty == Tokens.WORD && Character.isUpperCase(t.firstChar(i)));
        if (!opener) {
            return false;
        }
        int j = i - 1;
        int limit = Math.max(0, i - 4);
        while (j > limit && (t.type[j] == Tokens.QUOTE || t.type[j] == Tokens.CLOSE)) {
            j--;
        }
        if (t.type[j] == Tokens.END) {
            return true;
        }
        if (j == i - 1 && t.type[j] == Tokens.WORD && t.chars[t.end[j] - 1] == '.'
                && t.end[j] - t.start[j] >= 4 && t.wordIs(i, Cue.STARTER)) {
            return true;
        }
        return false;
    }
}
