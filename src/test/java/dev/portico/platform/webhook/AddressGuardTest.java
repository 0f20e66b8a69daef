package dev.portico.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSRF rule, without Quarkus. */
class AddressGuardTest {

    static InetAddress ip(String literal) throws java.net.UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void onlyPublicUnicastAddressesAreReachable() throws Exception {
        for (String blocked : List.of("127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.1",
                "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:7f00:1::", "2001:db8::1")) {
            assertFalse(AddressGuard.isPublic(ip(blocked)), blocked);
        }
        for (String allowed : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111",
                "::ffff:93.184.216.34")) {
            assertTrue(AddressGuard.isPublic(ip(allowed)), allowed);
        }
    }

    @Test
    void everyResolvedAddressMustBePublic() throws Exception {
        AddressGuard guard = new AddressGuard(List.of(), host -> new InetAddress[] {ip("93.184.216.34"), ip("10.0.0.1")});
        AddressGuard.Refused refused = assertThrows(AddressGuard.Refused.class, () -> guard.check("https://two.example/x"));
        assertTrue(refused.reason().contains("not public"));
    }

    @Test
    void theCheckedAddressIsTheOneToConnectTo() throws Exception {
        AddressGuard guard = new AddressGuard(List.of(), host -> new InetAddress[] {ip("93.184.216.34")});
        AddressGuard.Target target = guard.check("https://hooks.example/in?x=1");
        assertEquals("93.184.216.34", target.address().getHostAddress());
        assertEquals("hooks.example", target.host());
        assertEquals(443, target.port());
        assertTrue(target.tls());
    }

    @Test
    void plainHttpOnlyForAllowListedHosts() throws Exception {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.1"), InetAddress::getAllByName);
        assertEquals(8099, guard.check("http://127.0.0.1:8099/hook").port());
        assertThrows(AddressGuard.Refused.class, () -> guard.check("http://localhost:8099/hook"));
        assertThrows(AddressGuard.Refused.class, () -> guard.check("https://[::1]/hook"));
    }
}
