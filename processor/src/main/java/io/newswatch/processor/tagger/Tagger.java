package io.newswatch.processor.tagger;

import java.time.LocalDate;
import java.util.List;

/**
 * Tags troop figures and sanctions in plain text. Implementations are pure functions of their
 * input: no I/O, no Kafka, safe to share between threads, never throwing on any text.
 */
public interface Tagger {

    /**
     * @param text      the article text
     * @param published the article's publication date, or null when unknown; used to date
     *                  events ("In 2004, ...") relative to the article
     * @return the tags in text order
     */
    List<Tag> tag(String text, LocalDate published);
}
