package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayTest {

    @ParameterizedTest
    @CsvSource({
        "192.168.0.1, address",
        "fe80::%utun0, address",
        "fe80::feae:34ff:fea1:3a80%en0, address",
        "::1, address",
        "link#6, link",
        "link#17, link",
        "90:f3:5:ee:a2:bb, mac",
        "0:fc:8b:6b:f4:9e, mac",
        "ff:ff:ff:ff:ff:ff, mac",
        "00-15-5d-01-02-03, mac",
        "utun6, interface",
        "ppp0, interface",
        "bridge100, interface",
        "16.7d.da.9a.15.64, other",
        "foo, other",
        "dsldevice.attlocal, other",
        "link#, other",
        "73.73.73.73.3.0.0.0, other",
    })
    void classifiesEveryPrintedForm(String token, String kind) {
        Gateway g = Gateway.classify(token);
        assertEquals(kind, g.kind());
        assertEquals(token, g.text());
    }
}
