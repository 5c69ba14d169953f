package io.newswatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    /** Fixed answers instead of DNS, which this machine has not got. */
    private static final Map<String, String> DNS = Map.of(
            "public.example", "93.184.216.34",
            "rebind.example", "127.0.0.1",
            "metadata.example", "169.254.169.254",
            "intranet.corp", "10.1.2.3",
            "v6.example", "::1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private final AddressGuard strict = AddressGuard.builder().resolver(AddressGuardTest::resolve).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://127.0.0.1.:8080/", "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/",
            "http://0x7f000001/", "http://127.1/", "http://017700000001/", "http://0/", "http://0.0.0.0/",
            "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::127.0.0.1]/",
            "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[0:0:0:0:0:ffff:a00:1]/",
            "http://user@127.0.0.1/", "http://news.example.com@127.0.0.1/", "http://user:pw@[::1]:8080/x",
            "http://localhost/", "http://LOCALHOST/", "http://feeds.localhost/", "http://10.0.0.1/", "http://172.16.5.4/",
            "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[fec0::1]/", "http://224.0.0.1/",
            "http://239.255.255.250/", "http://[ff02::1]/", "http://255.255.255.255/", "http://198.18.0.1/",
            "http://rebind.example/", "http://metadata.example/", "http://v6.example/", "http://unresolvable.example/",
            "ftp://public.example/", "file:///etc/passwd", "gopher://public.example/", "http:///nohost",
            "http://[fe80::1%25eth0]/", "http://0X7F.1/", "http://127.0.0.1%2e/", "http://[::ffff:10.0.0.1]/", "http://①②⑦.0.0.1/"})
    void shouldRefuseNonPublicAddressesInEverySpelling(String url) {
        AddressGuard.RefusedException e = assertThrows(AddressGuard.RefusedException.class, () -> strict.check(URI.create(url)));

        assertTrue(e.getMessage().startsWith(url) || e.getMessage().contains(URI.create(url).toString()),
                "the refusal names the URL: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/", "https://public.example/feed.xml", "http://[2606:2800:220:1:248:1893:25c8:1946]/",
            "http://172.32.0.1/", "http://100.128.0.1/", "http://public.example./"})
    void shouldAllowPublicAddresses(String url) {
        assertDoesNotThrow(() -> strict.check(URI.create(url)));
    }

    @Test
    void shouldOpenAllowListedNetworksAndHosts() throws Exception {
        AddressGuard guard = AddressGuard.builder().resolver(AddressGuardTest::resolve)
                .allow("127.0.0.0/8").allow("intranet.corp").build();

        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), guard.check(URI.create("http://127.0.0.1:8080/")));
        assertEquals(List.of(InetAddress.getByName("10.1.2.3")), guard.check(URI.create("http://intranet.corp/feed")));
        assertThrows(AddressGuard.RefusedException.class, () -> guard.check(URI.create("http://0x7f.1/")),
                "an obfuscated spelling stays refused even when its network is open");
        assertThrows(AddressGuard.RefusedException.class, () -> guard.check(URI.create("http://10.1.2.3/")),
                "only the named host is open, not its network");
    }

    @Test
    void shouldReadEveryIpv4SpellingAsBrowsersDo() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        assertEquals(loopback, AddressGuard.literal("2130706433"));
        assertEquals(loopback, AddressGuard.literal("0177.0.0.1"));
        assertEquals(loopback, AddressGuard.literal("0x7f.1"));
        assertEquals(loopback, AddressGuard.literal("127.1"));
        assertEquals(loopback, AddressGuard.literal("0x7f.0.0x0.01"));
        assertEquals(null, AddressGuard.literal("example.com"));
        assertEquals(null, AddressGuard.literal("1.2.3.4.5"));
        assertEquals(null, AddressGuard.literal("256.1.1.1"));
    }

    @Test
    void shouldLetEverythingThroughOnlyWhenOpenedExplicitly() {
        AddressGuard open = AddressGuard.builder().resolver(AddressGuardTest::resolve).allowEverything().build();

        assertDoesNotThrow(() -> open.check(URI.create("http://127.0.0.1:9/")));
        assertDoesNotThrow(() -> open.check(URI.create("http://[::1]/")));
        assertThrows(AddressGuard.RefusedException.class, () -> open.check(URI.create("file:///etc/passwd")),
                "only http and https, even when open");
    }
}
