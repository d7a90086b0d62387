package dev.routediff.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void recognisesWhatIsPublic() {
        assertEquals("public inet", Redactor.kindOf("8.8.8.8"));
        assertEquals("public inet", Redactor.kindOf("52.94.76.0/24"));
        assertEquals("public inet", Redactor.kindOf("52.94/16"));
        assertEquals("kept inet", Redactor.kindOf("10.243.0.7"));
        assertEquals("kept inet", Redactor.kindOf("172.31.0.0/24"));
        assertEquals("public inet", Redactor.kindOf("172.32.0.1"));
        assertEquals("kept inet", Redactor.kindOf("192.168.0.1"));
        assertEquals("kept inet", Redactor.kindOf("100.64.1.1"));
        assertEquals("kept inet", Redactor.kindOf("169.254.3.3"));
        assertEquals("kept inet", Redactor.kindOf("224.0.0.251"));
        assertEquals("kept inet", Redactor.kindOf("255.255.255.0"));
        assertEquals("kept inet", Redactor.kindOf("128.0.0.0"), "a netmask");
        assertEquals("kept inet", Redactor.kindOf("128.0.0.0/1"), "half the Internet names no one");
        assertEquals("kept inet", Redactor.kindOf("0.0.0.0/0"));
        assertEquals("kept inet", Redactor.kindOf("203.0.113.9"), "documentation");
        assertEquals("public inet6", Redactor.kindOf("2a01:4f8:1c1c:ab::/64"));
        assertEquals("public inet6", Redactor.kindOf("2606:4700::1111"));
        assertEquals("kept inet6", Redactor.kindOf("fe80::1%en0"));
        assertEquals("kept inet6", Redactor.kindOf("fd00::1"));
        assertEquals("kept inet6", Redactor.kindOf("2001:db8::1"));
        assertEquals("kept inet6", Redactor.kindOf("::1"));
        assertEquals("public mac", Redactor.kindOf("a4:2b:b0:e1:7:5"));
        assertEquals("public mac", Redactor.kindOf("A4-2B-B0-E1-07-05"));
        assertEquals("kept mac", Redactor.kindOf("1:0:5e:0:0:fb"), "multicast");
        assertEquals("kept mac", Redactor.kindOf("ff:ff:ff:ff:ff:ff"));
        assertEquals("none", Redactor.kindOf("02:20:33"), "a time of day");
        assertEquals("none", Redactor.kindOf("1.2.4"), "a version");
        assertEquals("none", Redactor.kindOf("1.2.3.4.5"));
        assertEquals("none", Redactor.kindOf("999.1.1.1"));
    }

    @Test
    void sameAddressSamePlaceholderNumberedInAddressOrder() {
        Redactor r = new Redactor();
        r.register("54.239.28.85 52.94.76.0/24 8.8.8.8");
        assertEquals("via pub4-3 and pub4-2/24, again pub4-3:443; 10.0.0.1 kept; pub4-1.",
                r.redact("via 54.239.28.85 and 52.94.76.0/24, again 54.239.28.85:443; 10.0.0.1 kept; 8.8.8.8."));
        assertEquals("pub4-4 first met while writing", r.redact("1.1.1.1 first met while writing"));
        assertEquals("\"gateway\": \"mac-1\", \"x\": \"pub6-1/64\", \"zone\": \"fe80::1%en0\"",
                r.redact("\"gateway\": \"a4:2b:b0:e1:7:5\", \"x\": \"2a01:4f8:1c1c:ab::/64\", \"zone\": \"fe80::1%en0\""));
        assertEquals("mac-1", r.redact("a4-2b-b0-e1-07-05"), "the same MAC in Windows form");
    }

    @Test
    void alignedColumnsStayInLine() {
        Redactor r = new Redactor();
        assertEquals("pub4-1        en0\n10.0.0.1      en0\n",
                r.redact("54.239.28.85  en0\n") + r.redact("10.0.0.1      en0\n"));
    }
}
