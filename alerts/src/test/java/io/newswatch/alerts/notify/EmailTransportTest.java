package io.newswatch.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

class EmailTransportTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final List<FailedDelivery> failures = Collections.synchronizedList(new ArrayList<>());

    private static EmailSettings.Builder settings(int port) {
        return EmailSettings.builder().host("127.0.0.1").port(port).security(EmailSettings.Security.NONE)
                .from("newswatch@desk.example").to("analyst@desk.example").to("editor@desk.example")
                .timeout(Duration.ofSeconds(5));
    }

    private Notifier notifier(EmailSettings settings, int maxAttempts) {
        return Notifier.builder()
                .channel(ChannelConfig.builder("mail").settings(settings)
                        .retry(RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).maxAttempts(maxAttempts).build())
                        .build())
                .deadLetters(failures::add)
                .build();
    }

    @Test
    void shouldSendPlainTextAndEscapedHtmlToEveryRecipient() throws Exception {
        Notifier notifier = notifier(settings(SMTP.getSmtp().getPort()).build(), 3);
        notifier.submit(TestAlerts.hostile("h1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the e-mail is sent");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient");
        MimeMessage message = received[0];
        assertEquals("[newswatch] US troop level in South Korea moved from 23,500 to 28,500: 23,500 \u2192 28,500 (+5,000)",
                message.getSubject(), "subject");
        assertEquals("h1", message.getHeader(EmailTransport.ALERT_ID_HEADER)[0], "alert id header");

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(plain.isMimeType("text/plain"), "first part is plain text: " + plain.getContentType());
        assertTrue(html.isMimeType("text/html"), "second part is HTML: " + html.getContentType());

        String text = (String) plain.getContent();
        assertTrue(text.contains("Change: 23,500 \u2192 28,500 (+5,000)"), text);
        assertTrue(text.contains("<script>alert('x')</script>"), "plain text shows the sentence as written");

        String body = (String) html.getContent();
        assertFalse(body.contains("<script"), "no script tag in HTML: " + body);
        assertFalse(body.contains("<img"), "no img tag in HTML");
        assertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;!channel&gt;"),
                "the sentence is HTML-escaped: " + body);
        assertTrue(body.contains("<a href=\"https://en.yna.co.kr/view/AEN20260302\">Yonhap</a>, 2026-03-02 08:00 UTC"),
                "link and date of the previous source");
        assertTrue(body.contains("<strong>Change:</strong> 23,500 \u2192 28,500 (+5,000)"), "change line");
    }

    @Test
    void shouldLogInWhenCredentialsAreConfigured() throws Exception {
        SMTP.setUser("desk@desk.example", "desk", "pw-for-tests");
        Notifier notifier = notifier(settings(SMTP.getSmtp().getPort()).login("desk", "pw-for-tests").build(), 1);
        notifier.submit(TestAlerts.levelShift("a1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the e-mail is sent");

        assertEquals(2, SMTP.getReceivedMessages().length, "sent after logging in");
        assertTrue(failures.isEmpty(), "no failures: " + failures);
    }

    @Test
    void shouldDeadLetterWhenTheSmtpServerIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Notifier notifier = notifier(settings(port).build(), 2);
        notifier.submit(TestAlerts.levelShift("a1"));
        assertTrue(notifier.close(Duration.ofSeconds(10)).drained(), "the channel settles");

        assertEquals(1, failures.size(), "dead-lettered");
        assertTrue(failures.get(0).reason().contains("gave up after 2 attempts"), failures.get(0).reason());
        assertTrue(failures.get(0).errorClass().orElseThrow().startsWith("org.eclipse.angus.mail")
                        || failures.get(0).errorClass().orElseThrow().startsWith("jakarta.mail"),
                "error class is the mail exception: " + failures.get(0).errorClass());
    }
}
