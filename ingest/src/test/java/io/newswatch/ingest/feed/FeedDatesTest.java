package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 03 May 2018 12:00:00 GMT          | 2018-05-03T12:00:00Z",
            "Mon, 03 May 2018 12:00:00 GMT          | 2018-05-03T12:00:00Z",
            "3 May 2018 12:00:00 +0200              | 2018-05-03T10:00:00Z",
            "Thu, 3 May 2018 12:00 EDT              | 2018-05-03T16:00:00Z",
            "Thursday, 03 May 2018 12:00:00 PST     | 2018-05-03T20:00:00Z",
            "03 May 18 07:00 EST                    | 2018-05-03T12:00:00Z",
            "03 May 99 07:00 UT                     | 1999-05-03T07:00:00Z",
            "Thu, 03 May 2018 12:00:00 +05:30       | 2018-05-03T06:30:00Z",
            "Thu, 03 May 2018 12:00:00 GMT+2        | 2018-05-03T10:00:00Z",
            "Thu, 03 May 2018                       | 2018-05-03T00:00:00Z",
            "03-May-2018 12:00:00                   | 2018-05-03T12:00:00Z",
            "2018-05-03T12:00:00Z                   | 2018-05-03T12:00:00Z",
            "2018-05-03T12:00:00.123456+09:00       | 2018-05-03T03:00:00.123456Z",
            "2018-05-03t12:00z                      | 2018-05-03T12:00:00Z",
            "2018-05-03 12:00:00                    | 2018-05-03T12:00:00Z",
            "2018-05-03                             | 2018-05-03T00:00:00Z",
            "2018-05-03T12:00:00 Asia/Seoul         | 2018-05-03T03:00:00Z",
            "May 3, 2018                            | 2018-05-03T00:00:00Z",
            "May 3rd, 2018 at 12:00 PM              | 2018-05-03T12:00:00Z",
            "Thursday, May 3, 2018 12:30 AM EDT     | 2018-05-03T04:30:00Z",
            "September 21, 2019 9:05 pm             | 2019-09-21T21:05:00Z",
            "Thu May 03 12:00:00 UTC 2018           | 2018-05-03T12:00:00Z",
            "Thu May 03 12:00:00 KST 2018           | 2018-05-03T03:00:00Z"})
    void shouldParseTheSpellingsFeedsUse(String text, String expected) {
        assertEquals(Instant.parse(expected), FeedDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "now", "soon-ish", "Thu, 03 May 2018 12:00:00 XYZ", "2018-13-03",
            "2018-02-30", "31 Feb 2018", "0001-01-01T00:00:00Z", "9999-12-31", "Thu, 03 Mai 2018 12:00:00 GMT",
            "13:00 PM May 3, 2018", "1525348800", "2018-05-03T25:00:00Z"})
    void shouldLeaveUnreadableDatesNull(String text) {
        assertNull(FeedDates.parse(text), "never guessed: '" + text + "'");
    }
}
