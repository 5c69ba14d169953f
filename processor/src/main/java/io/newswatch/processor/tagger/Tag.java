package io.newswatch.processor.tagger;

/**
 * One thing the tagger found in a text. {@code start} and {@code end} are the offsets of
 * {@code sentence} in the input text: {@code text.substring(start, end).equals(sentence)}.
 */
public sealed interface Tag permits TroopTag, SanctionTag {
    String sentence();

    int start();

    int end();
}
