package dev.routediff.cli;

/**
 * Localized {@code route print} tables, which the tests save in the console code page Windows writes them in
 * ({@code route print > f.txt}). FRENCH is the jackpal/gateway sample windowsLocalized.txt (parser-windows'
 * fixtures/PROVENANCE.md) with its persistent-routes line completed; JAPANESE and GERMAN are written after the shape
 * and the header words of route print in those languages (no real capture of either is in the fixtures).
 */
final class WindowsCodePages {

    static final String FRENCH = """
            ===========================================================================
            Liste d'Interfaces
             17...00 28 f8 39 61 6b ......Microsoft Wi-Fi Direct Virtual Adapter
              1...........................Software Loopback Interface 1
            ===========================================================================
            IPv4 Table de routage
            ===========================================================================
            Itinéraires actifs :
            Destination réseau    Masque réseau  Adr. passerelle   Adr. interface Métrique
                      0.0.0.0          0.0.0.0      10.88.88.2     10.88.88.149     10
            ===========================================================================
            Itinéraires persistants :
              Aucun
            """;

    static final String JAPANESE = """
            ===========================================================================
            インターフェイス一覧
             12...00 15 5d 01 02 03 ......Intel(R) Ethernet Connection (7) I219-V
              1...........................Software Loopback Interface 1
            ===========================================================================

            IPv4 ルート テーブル
            ===========================================================================
            アクティブ ルート:
            ネットワーク宛先        ネットマスク          ゲートウェイ       インターフェイス  メトリック
                      0.0.0.0          0.0.0.0      192.168.1.1     192.168.1.10     25
                    127.0.0.0        255.0.0.0            リンク上         127.0.0.1    331
                  192.168.1.0    255.255.255.0            リンク上      192.168.1.10    281
            ===========================================================================
            固定ルート:
              なし
            """;

    static final String GERMAN = """
            ===========================================================================
            Schnittstellenliste
             12...00 15 5d 01 02 03 ......Intel(R) Ethernet Connection (7) I219-V
              1...........................Software Loopback Interface 1
            ===========================================================================

            IPv4-Routentabelle
            ===========================================================================
            Aktive Routen:
                 Netzwerkziel    Netzwerkmaske          Gateway    Schnittstelle Metrik
                      0.0.0.0          0.0.0.0      192.168.1.1     192.168.1.10     25
                    127.0.0.0        255.0.0.0   Auf Verbindung         127.0.0.1    331
            ===========================================================================
            Ständige Routen:
              Keine
            """;

    private WindowsCodePages() {
    }
}
