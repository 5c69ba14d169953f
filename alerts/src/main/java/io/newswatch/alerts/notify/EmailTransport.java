package io.newswatch.alerts.notify;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import io.newswatch.schemas.Alert;

/**
 * Sends each alert as one multipart/alternative e-mail (plain text, then HTML) over SMTP with
 * Jakarta Mail. SMTP and connection failures are retried; recipients the server refuses are not.
 */
final class EmailTransport implements Transport {

    static final String ALERT_ID_HEADER = "X-Newswatch-Alert-Id";
    static final int SUBJECT_MAX = 200;

    private final EmailSettings settings;
    private final AlertFormatter formatter;
    private final EmailRenderer renderer;
    private final Session session;

    EmailTransport(EmailSettings settings, AlertFormatter formatter) {
        this.settings = settings;
        this.formatter = formatter;
        this.renderer = new EmailRenderer();
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(EmailSettings s) {
        Properties p = new Properties();
        String timeout = Long.toString(s.timeout().toMillis());
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", s.host());
        p.setProperty("mail.smtp.port", Integer.toString(s.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", Boolean.toString(s.username().isPresent()));
        switch (s.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return p;
    }

    @Override
    public DeliveryOutcome deliver(Alert alert) throws MessagingException {
        MimeMessage message = message(alert);
        try {
            if (settings.username().isPresent()) {
                jakarta.mail.Transport.send(message, settings.username().get(), settings.password());
            } else {
                jakarta.mail.Transport.send(message);
            }
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            if (invalid != null && invalid.length > 0) {
                return new DeliveryOutcome.Rejected("SMTP server refused recipients "
                        + java.util.Arrays.toString(invalid) + ": " + e.getMessage());
            }
            throw e;
        }
        return new DeliveryOutcome.Delivered("sent to " + settings.to().size() + " recipients via " + settings.host());
    }

    MimeMessage message(Alert alert) throws MessagingException {
        AlertMessage view = formatter.format(alert);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String to : settings.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(Markup.truncate("[newswatch] " + Markup.singleLine(view.oneLiner()), SUBJECT_MAX),
                StandardCharsets.UTF_8.name());
        message.setHeader(ALERT_ID_HEADER, Markup.singleLine(view.id()));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(formatter.plainText(view), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(renderer.render(view), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
