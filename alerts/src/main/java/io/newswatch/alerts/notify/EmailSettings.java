package io.newswatch.alerts.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * E-mail over SMTP: multipart plain text + HTML.
 *
 * @param host     SMTP host
 * @param port     SMTP port
 * @param security plain, STARTTLS (required) or implicit TLS
 * @param username login, empty for no authentication
 * @param password password for {@code username}
 * @param from     sender address
 * @param to       recipients, at least one
 * @param timeout  connect, read and write timeout for one SMTP conversation
 */
public record EmailSettings(
        String host,
        int port,
        Security security,
        Optional<String> username,
        String password,
        String from,
        List<String> to,
        Duration timeout) implements ChannelSettings {

    /** How the SMTP connection is protected. */
    public enum Security {
        /** Plain SMTP (local relays, tests). */
        NONE,
        /** Plain connect, then STARTTLS, refusing to go on without it. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }

    public EmailSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be 1..65535, was " + port);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        password = password == null ? "" : password;
        requireAddress(from, "from");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("e-mail channel needs at least one recipient (to)");
        }
        to.forEach(address -> requireAddress(address, "to"));
        Durations.requirePositive(timeout, "timeout");
    }

    private static void requireAddress(String address, String field) {
        Objects.requireNonNull(address, field);
        try {
            new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("e-mail " + field + " address is invalid: '" + address + "'", e);
        }
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public String toString() {
        return "EmailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username.orElse("") + ", password=***, from=" + from + ", to=" + to + ", timeout=" + timeout + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; host, from and at least one recipient are required. Defaults: port 587, STARTTLS, 30 s. */
    public static final class Builder {
        private String host;
        private int port = 587;
        private Security security = Security.STARTTLS;
        private String username;
        private String password = "";
        private String from;
        private final List<String> to = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder security(Security security) {
            this.security = security;
            return this;
        }

        public Builder login(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        public Builder from(String from) {
            this.from = from;
            return this;
        }

        public Builder to(String recipient) {
            this.to.add(recipient);
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public EmailSettings build() {
            return new EmailSettings(host, port, security, Optional.ofNullable(username).filter(u -> !u.isBlank()),
                    password, from, to, timeout);
        }
    }
}
