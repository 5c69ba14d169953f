package io.newswatch.processor.tagger;

/**
 * A text read once into tokens: words (looked up in the {@link Vocabulary}, with multi-word
 * phrases matched), numbers (with their value read in place: "28,500", "4.600", "3 000",
 * "28.5k"), dashes, sentence ends and other punctuation. Columnar arrays, no token objects.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte DASH = 3;
    static final byte END = 4;
    static final byte COMMA = 5;
    static final byte QUOTE = 6;
    static final byte CURRENCY = 7;
    static final byte PERCENT = 8;
    static final byte CLAUSE = 9;
    static final byte OPEN = 10;
    static final byte CLOSE = 11;
    static final byte OTHER = 12;

    /** Number flags. */
    static final byte NUM_GROUPED = 1;
    static final byte NUM_DECIMAL = 2;
    static final byte NUM_ORDINAL = 4;
    static final byte NUM_INVALID = 8;
    static final byte NUM_K = 16;

    private static final int MAX_DIGITS = 15;

    final String text;
    /** For abbreviations while scanning; null while the vocabulary itself is being built. */
    private final Vocabulary vocabulary;
    /** The text's characters, scanned without String.charAt's per-call checks. */
    final char[] chars;
    int size;
    int[] start;
    int[] end;
    byte[] type;
    /** Bit 0: whitespace before; bit 1: a line break before. */
    byte[] gap;
    /** Folded hash of a word token, computed while scanning (see {@link Lexicon#hash}). */
    int[] hash;
    Word[] word;
    /** The phrase starting at a token (or the token's own word) and where it ends (exclusive). */
    Word[] phrase;
    int[] phraseEnd;
    /** The longest phrase ending at a token and where it starts. */
    Word[] phraseBack;
    int[] phraseBackStart;
    double[] value;
    byte[] numFlags;
    /** Per token, the marks that decide whether a sentence is worth reading (M_* bits). */
    byte[] marks;

    static final byte M_NUMBER = 1;
    static final byte M_TROOP = 2;
    static final byte M_UNIT = 4;
    static final byte M_CHANGE = 8;
    static final byte M_SANCTION = 16;
    static final byte M_KOREA = 32;
    static final byte M_PRONOUN = 64;
    /** "Some 600 will remain": a word that keeps a force where it is (the sign bit of the byte). */
    static final int M_STAY = 0x80;

    private Tokens(String text, Vocabulary vocabulary) {
        this.text = text;
        this.vocabulary = vocabulary;
        this.chars = text.toCharArray();
        int cap = Math.max(16, text.length() / 5);
        start = new int[cap];
        end = new int[cap];
        type = new byte[cap];
        gap = new byte[cap];
        hash = new int[cap];
    }

    /** Splits text into tokens without looking them up (for building the vocabulary). */
    static Tokens scanOnly(String text) {
        Tokens t = new Tokens(text, null);
        t.scan();
        return t;
    }

    /** The place named by the phrase or word starting at i, or null. */
    Place place(int i) {
        Word w = phrase[i];
        if (w == null || w.place == null) {
            return null;
        }
        if (w.placeNeedsCaps && Character.isLowerCase(chars[end[i] - 1])) {
            return null;
        }
        return w.place;
    }

    static Tokens read(String text, Vocabulary vocabulary) {
        Tokens t = new Tokens(text, vocabulary);
        t.scan();
        t.lookUp(vocabulary);
        return t;
    }

    boolean spaceBefore(int i) {
        return (gap[i] & 1) != 0;
    }

    boolean lineBefore(int i) {
        return (gap[i] & 2) != 0;
    }

    /** The cues of the phrase or word starting at i. */
    long cues(int i) {
        Word w = phrase[i];
        return w == null ? 0 : w.cues;
    }

    boolean is(int i, long cue) {
        Word w = phrase[i];
        return w != null && (w.cues & cue) != 0;
    }

    /** Whether the single word at i (not a phrase) carries the cue. */
    boolean wordIs(int i, long cue) {
        Word w = word[i];
        return w != null && (w.cues & cue) != 0;
    }

    /**
     * Whether token i is the word {@code key}, ignoring case. {@code key} must be a lowercase string
     * literal: lexicon keys are interned, so a known word compares by identity.
     */
    boolean isKey(int i, String key) {
        if (type[i] != WORD) {
            return false;
        }
        Word w = word[i];
        return w != null ? w.key == key : Lexicon.matches(key, chars, start[i], end[i]);
    }

    char firstChar(int i) {
        return chars[start[i]];
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(chars[start[i]]);
    }

    String string(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean isYear(int i) {
        return type[i] == NUMBER && numFlags[i] == 0 && end[i] - start[i] == 4
                && value[i] >= 1900 && value[i] <= 2100;
    }

    private void add(int s, int e, byte ty, byte g) {
        if (size == start.length) {
            int cap = size * 2;
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            type = java.util.Arrays.copyOf(type, cap);
            gap = java.util.Arrays.copyOf(gap, cap);
            hash = java.util.Arrays.copyOf(hash, cap);
        }
        start[size] = s;
        end[size] = e;
        type[size] = ty;
        gap[size] = g;
        size++;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58'
                || c == '\uFE63' || c == '\uFF0D' || c == '\u2E3A' || c == '\u2E3B';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D'
                || c == '\u00AB' || c == '\u00BB' || c == '\u201E' || c == '\u201A' || c == '`';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\u2008';
    }

    private static final byte C_OTHER = 0;
    private static final byte C_SPACE = 1;
    private static final byte C_LINE = 2;
    private static final byte C_DIGIT = 3;
    private static final byte C_LETTER = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = c == '\n' || c == '\r' ? C_LINE
                    : Character.isWhitespace(c) || Character.isSpaceChar(c) ? C_SPACE
                    : c >= '0' && c <= '9' ? C_DIGIT
                    : Character.isLetter(c) ? C_LETTER : C_OTHER;
        }
    }

    private static byte charClass(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (isSpace(c)) {
            return isLineBreak(c) ? C_LINE : C_SPACE;
        }
        return Character.isLetter(c) ? C_LETTER : C_OTHER;
    }

    private void scan() {
        char[] s = chars;
        int n = s.length;
        int i = 0;
        byte g = 1;
        while (i < n) {
            char c = s[i];
            byte cls = charClass(c);
            if (cls == C_SPACE || cls == C_LINE) {
                g |= cls == C_LINE ? 3 : 1;
                i++;
                continue;
            }
            int st = i;
            if (cls == C_DIGIT) {
                i = scanNumber(i);
                add(st, i, NUMBER, g);
            } else if (cls == C_LETTER) {
                i = scanWord(i);
                add(st, i, WORD, g);
                hash[size - 1] = scannedHash;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s[i + 1])
                    && size > 0 && end[size - 1] == i && type[size - 1] == WORD) {
                i++;
                while (i < n && Character.isLetter(s[i])) {
                    i++;
                }
                add(st, i, WORD, g);
                hash[size - 1] = Lexicon.hash(s, st, i);
            } else {
                i++;
                byte ty;
                if (isDash(c)) {
                    ty = DASH;
                } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                    ty = END;
                } else if (c == ',') {
                    ty = COMMA;
                } else if (isQuote(c)) {
                    ty = QUOTE;
                } else if (c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\u20A9') {
                    ty = CURRENCY;
                } else if (c == '%') {
                    ty = PERCENT;
                } else if (c == ';' || c == ':') {
                    ty = CLAUSE;
                } else if (c == '(' || c == '[') {
                    ty = OPEN;
                } else if (c == ')' || c == ']') {
                    ty = CLOSE;
                } else {
                    ty = OTHER;
                }
                add(st, i, ty, g);
            }
            g = 0;
        }
    }

    /** The lexicon hash of the word {@link #scanWord} read last, computed while scanning it. */
    private int scannedHash;

    private int scanWord(int i) {
        char[] s = chars;
        int n = s.length;
        int st = i;
        int h = 0;
        while (i < n) {
            char c = s[i];
            if (c < 128) {
                byte cls = ASCII[c];
                if (cls != C_LETTER && cls != C_DIGIT) {
                    break;
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                break;
            } else {
                h = 31 * h + Lexicon.fold(c);
            }
            i++;
        }
        int e = i;
        if (i < n && s[i] == '.') {
            if (i - st == 1) {
                // initials and U.S.-style abbreviations: letter '.' (letter '.')*
                int j = i + 1;
                while (j + 1 < n && Character.isLetter(s[j]) && s[j + 1] == '.') {
                    j += 2;
                }
                if (j == i + 1 && j + 1 < n && Character.isUpperCase(s[j]) && !Character.isLetter(s[j + 1])
                        && Character.isUpperCase(s[st])) {
                    j++; // "U.S troops": initials missing their last period
                }
                if (Character.isUpperCase(s[st]) || j > i + 1) {
                    e = j;
                }
            } else if (Vocabulary.isAbbreviation(vocabulary, chars, st, i)) {
                e = i + 1;
            }
        }
        scannedHash = Lexicon.mix(Lexicon.hashOn(h, s, i, e));
        return e;
    }

    private int scanNumber(int i) {
        char[] s = chars;
        int n = s.length;
        int st = i;
        while (i < n && isDigit(s[i])) {
            i++;
        }
        int firstGroup = i - st;
        boolean grouped = false;
        while (firstGroup <= 3 && i + 3 < n) {
            char c = s[i];
            if ((c == ',' || c == '.' || isGroupSpace(c)) && threeDigits(i + 1)
                    && (i + 4 >= n || !isDigit(s[i + 4]))) {
                grouped = true;
                i += 4;
            } else {
                break;
            }
        }
        if (!grouped && i + 1 < n && (s[i] == '.' || s[i] == ',') && isDigit(s[i + 1])) {
            i++;
            while (i < n && isDigit(s[i])) {
                i++;
            }
        }
        if (i < n && Character.isLetter(s[i])) {
            while (i < n && Character.isLetterOrDigit(s[i])) {
                i++;
            }
        }
        return i;
    }

    private boolean threeDigits(int i) {
        return i + 2 < chars.length && isDigit(chars[i]) && isDigit(chars[i + 1])
                && isDigit(chars[i + 2]);
    }

    /** Reads the value of a number token: grouping marks dropped, decimals kept, "k" multiplied. */
    private void readNumber(int t) {
        char[] s = chars;
        int i = start[t];
        int e = end[t];
        long whole = 0;
        int digits = 0;
        double frac = 0;
        double scale = 1;
        boolean inFraction = false;
        byte flags = 0;
        int lettersAt = -1;
        for (; i < e; i++) {
            char c = s[i];
            if (isDigit(c)) {
                if (inFraction) {
                    scale /= 10;
                    frac += (c - '0') * scale;
                } else if (++digits <= MAX_DIGITS) {
                    whole = whole * 10 + (c - '0');
                }
            } else if (Character.isLetter(c)) {
                lettersAt = i;
                break;
            } else {
                // a separator: grouping when followed by exactly three digits to a boundary
                int j = i + 1;
                int k = j;
                while (k < e && isDigit(s[k])) {
                    k++;
                }
                if (k - j == 3 && !inFraction && (c == ',' || c == '.' || isGroupSpace(c))
                        && (k >= e || !isDigit(s[k]))) {
                    flags |= NUM_GROUPED;
                } else {
                    inFraction = true;
                    flags |= NUM_DECIMAL;
                }
            }
        }
        if (digits > MAX_DIGITS) {
            flags |= NUM_INVALID;
        }
        double v = whole + frac;
        if (lettersAt >= 0) {
            int len = e - lettersAt;
            char a = Lexicon.fold(s[lettersAt]);
            if (len == 1 && a == 'k') {
                v *= 1000;
                flags |= NUM_K;
                flags &= ~NUM_DECIMAL;
            } else if (len == 2 && isOrdinal(a, Lexicon.fold(s[lettersAt + 1]))) {
                flags |= NUM_ORDINAL;
            } else {
                flags |= NUM_INVALID;
            }
        }
        value[t] = v;
        numFlags[t] = flags;
    }

    static byte marksOf(long cues) {
        int m = 0;
        if ((cues & Cue.NUMBER_WORD) != 0) {
            m |= M_NUMBER;
        }
        if ((cues & Cue.TROOP) != 0) {
            m |= M_TROOP;
        }
        if ((cues & (Cue.UNIT | Cue.SUFFIX_HEAD)) != 0) {
            m |= M_UNIT;
        }
        if ((cues & Cue.CHANGE) != 0) {
            m |= M_CHANGE;
        }
        if ((cues & Cue.SANCTION) != 0) {
            m |= M_SANCTION;
        }
        if ((cues & Cue.KOREA) != 0) {
            m |= M_KOREA;
        }
        if ((cues & Cue.PRONOUN) != 0) {
            m |= M_PRONOUN;
        }
        if ((cues & Cue.LEAVE) != 0) {
            m |= M_STAY;
        }
        return (byte) m;
    }

    private static boolean isOrdinal(char a, char b) {
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    private void lookUp(Vocabulary vocabulary) {
        int n = size;
        word = new Word[n];
        phrase = new Word[n];
        phraseEnd = new int[n];
        phraseBack = new Word[n];
        phraseBackStart = new int[n];
        value = new double[n];
        numFlags = new byte[n];
        marks = new byte[n];
        Lexicon lexicon = vocabulary.lexicon();
        Word dash = vocabulary.dash();
        // the lexicon's slots carry each entry's marks and whether it starts a phrase, so that this pass
        // does not touch the entries themselves; phraseEnd is -1 until the second pass for a phrase start
        int dashEnd = dash.seconds != null ? -1 : 0;
        for (int i = 0; i < n; i++) {
            phraseEnd[i] = i + 1;
            phraseBackStart[i] = i;
            if (type[i] == WORD) {
                int slot = lexicon.slot(chars, start[i], end[i], hash[i]);
                if (slot >= 0) {
                    word[i] = lexicon.value(slot);
                    int info = lexicon.info(slot);
                    marks[i] = (byte) info;
                    if ((info & Lexicon.STARTS_PHRASE) != 0) {
                        phraseEnd[i] = -1;
                    }
                }
            } else if (type[i] == DASH) {
                word[i] = dash;
                if (dashEnd < 0) {
                    phraseEnd[i] = -1;
                }
            } else if (type[i] == NUMBER) {
                readNumber(i);
                marks[i] = M_NUMBER;
            }
        }
        for (int i = 0; i < n; i++) {
            Word w = word[i];
            phrase[i] = w;
            if (phraseEnd[i] >= 0) {
                continue;
            }
            phraseEnd[i] = i + 1;
            if (i + 1 >= n || word[i + 1] == null) {
                continue;
            }
            Word.Phrase[] candidates = w.phrasesWithSecond(word[i + 1]);
            if (candidates == null) {
                continue;
            }
            for (Word.Phrase p : candidates) {
                Word[] rest = p.restWords();
                if (i + rest.length >= n) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < rest.length && ok; k++) {
                    int t = i + 1 + k;
                    ok = word[t] == rest[k] && !lineBefore(t);
                }
                if (ok) {
                    phrase[i] = p.meaning();
                    marks[i] |= marksOf(p.meaning().cues);
                    int last = i + rest.length;
                    phraseEnd[i] = last + 1;
                    if (phraseBack[last] == null || phraseBackStart[last] > i) {
                        phraseBack[last] = p.meaning();
                        phraseBackStart[last] = i;
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (phraseBack[i] == null) {
                phraseBack[i] = word[i];
            }
        }
    }
}
