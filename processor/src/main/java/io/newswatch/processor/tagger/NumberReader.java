package io.newswatch.processor.tagger;

/**
 * Reads a quantity starting at a token: digits in any grouping ("28,500", "4.600", "3 000"),
 * shorthand ("28.5k"), digits with a multiplier word ("2.5 million", "28-thousand-500") and
 * English number words ("Seven Thousand", "twenty-five hundred", "a dozen").
 */
final class NumberReader {

    /** A quantity read from tokens [first, last). value is -1 when the amount is vague or not a count. */
    record Quantity(long value, int first, int last) {
        boolean valid() {
            return value > 0;
        }
    }

    private static final long MAX = 100_000_000L;

    private NumberReader() {
    }

    /** Whether a quantity can start at token i. */
    static boolean startsQuantity(Tokens t, int i, int limit) {
        if (t.type[i] == Tokens.NUMBER) {
            return true;
        }
        Word w = t.word[i];
        if (w == null) {
            return false;
        }
        if (w.is(Cue.NUMBER_WORD)) {
            return true;
        }
        return (t.isKey(i, "a") || t.isKey(i, "an")) && i + 1 < limit && t.word[i + 1] != null
                && (t.word[i + 1].multiplier > 0 || t.isKey(i + 1, "dozen"));
    }

    static Quantity read(Tokens t, int i, int limit) {
        return t.type[i] == Tokens.NUMBER ? readDigits(t, i, limit) : readWords(t, i, limit);
    }

    private static Quantity readDigits(Tokens t, int i, int limit) {
        byte flags = t.numFlags[i];
        if ((flags & (Tokens.NUM_INVALID | Tokens.NUM_ORDINAL)) != 0) {
            return new Quantity(-1, i, i + 1);
        }
        double v = t.value[i];
        int j = i + 1;
        if (j + 1 < limit && t.type[j] == Tokens.DASH && !t.spaceBefore(j) && !t.spaceBefore(j + 1)
                && t.word[j + 1] != null && t.word[j + 1].multiplier >= 1000) {
            j++;
        }
        if (j < limit && t.word[j] != null && t.word[j].multiplier > 0 && (flags & Tokens.NUM_K) == 0) {
            long mult = t.word[j].multiplier;
            v *= mult;
            j++;
            if (j + 1 < limit && t.type[j] == Tokens.DASH && !t.spaceBefore(j) && t.type[j + 1] == Tokens.NUMBER
                    && !t.spaceBefore(j + 1) && t.numFlags[j + 1] == 0 && t.value[j + 1] < mult) {
                v += t.value[j + 1];
                j += 2;
            }
        } else if ((flags & Tokens.NUM_DECIMAL) != 0 && v != Math.rint(v)) {
            return new Quantity(-1, i, j);
        }
        if (v != Math.rint(v) || v > MAX || v < 1) {
            return new Quantity(-1, i, j);
        }
        return new Quantity((long) v, i, j);
    }

    private static Quantity readWords(Tokens t, int i, int limit) {
        int k = i;
        long total = 0;
        long current = 0;
        boolean counted = false;
        if (t.isKey(k, "a") || t.isKey(k, "an")) {
            current = 1;
            counted = true;
            k++;
        }
        int last = k;
        while (k < limit) {
            Word w = t.type[k] == Tokens.WORD ? t.word[k] : null;
            if (w != null && w.number == 12 && w.key.equals("dozen")) {
                current = (current == 0 ? 1 : current) * 12;
                counted = true;
                k++;
                last = k;
            } else if (w != null && w.number > 0) {
                current += w.number;
                counted = true;
                k++;
                last = k;
            } else if (w != null && w.multiplier > 0) {
                if (!counted) {
                    // "several thousand", "a few hundred": a vague amount
                    return new Quantity(-1, i, k + 1);
                }
                if (w.multiplier == 100) {
                    current *= 100;
                } else {
                    total += current * w.multiplier;
                    current = 0;
                }
                k++;
                last = k;
            } else if (t.type[k] == Tokens.DASH && counted && !t.spaceBefore(k) && k + 1 < limit
                    && !t.spaceBefore(k + 1) && isNumberWord(t, k + 1)) {
                k++;
            } else if (t.isKey(k, "and") && counted && k + 1 < limit && isNumberWord(t, k + 1)
                    && t.word[k - 1] != null && t.word[k - 1].multiplier > 0) {
                k++;
            } else {
                break;
            }
            if (total + current > MAX) {
                return new Quantity(-1, i, Math.max(last, i + 1));
            }
        }
        long value = total + current;
        return new Quantity(value > 0 ? value : -1, i, Math.max(last, i + 1));
    }

    private static boolean isNumberWord(Tokens t, int k) {
        Word w = t.word[k];
        return t.type[k] == Tokens.WORD && w != null && (w.number > 0 || w.multiplier > 0);
    }
}
