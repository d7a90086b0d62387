package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plausibility score picks the code page a localized route print was saved in, among the ones the Windows parser
 * declares (in its order, which breaks ties): every header text below, encoded in each code page that can hold it,
 * decodes back to itself. The texts are the headers of route print in those languages (as Windows prints them; the
 * French and Spanish ones as in the jackpal/gateway samples, see parser-windows' fixtures/PROVENANCE.md).
 */
class CodePagesTest {

    private static final List<Charset> DECLARED = List.of(Charset.forName("IBM850"), Charset.forName("IBM437"),
            Charset.forName("windows-1252"), Charset.forName("windows-31j"));

    private static final List<String> TEXTS = List.of(
            "Liste d'Interfaces\nIPv4 Table de routage\nItinéraires actifs :\n"
                    + "Destination réseau    Masque réseau  Adr. passerelle   Adr. interface Métrique\n"
                    + "Itinéraires persistants :\n  Aucun",
            "ILista de interfaces\nIPv4 Tabla de enrutamiento\nRutas activas:\n"
                    + "Destino de red        Máscara de red   Puerta de enlace   Interfaz  Métrica\n"
                    + "          0.0.0.0        192.0.0.0      En vínculo       123.45.0.10    250\n"
                    + "Rutas persistentes:\n  Ninguno",
            "Schnittstellenliste\nIPv4-Routentabelle\nAktive Routen:\n"
                    + "     Netzwerkziel    Netzwerkmaske          Gateway    Schnittstelle Metrik\n"
                    + "        127.0.0.0        255.0.0.0   Auf Verbindung         127.0.0.1    331\n"
                    + "Ständige Routen:\n  Keine",
            "Lista de Interfaces\nTabela de rotas IPv4\nRotas ativas:\n"
                    + "Destino de rede    Máscara de rede    Gateway    Interface  Métrica\n"
                    + "        127.0.0.0        255.0.0.0         No vínculo         127.0.0.1    331\n"
                    + "Rotas persistentes:\n  Nenhum",
            "インターフェイス一覧\nIPv4 ルート テーブル\nアクティブ ルート:\n"
                    + "ネットワーク宛先        ネットマスク          ゲートウェイ       インターフェイス  メトリック\n"
                    + "        127.0.0.0        255.0.0.0            リンク上         127.0.0.1    331\n"
                    + "固定ルート:\n  なし");

    @Test
    void theCodePageATableWasSavedInReadsBestInIt() {
        int checked = 0;
        for (String text : TEXTS) {
            for (Charset saved : DECLARED) {
                if (!saved.newEncoder().canEncode(text)) {
                    continue;
                }
                byte[] bytes = text.getBytes(saved);
                String best = null;
                int bestScore = Integer.MIN_VALUE;
                for (Charset cs : DECLARED) {
                    String decoded;
                    try {
                        decoded = TextInput.strict(cs).decode(ByteBuffer.wrap(bytes)).toString();
                    } catch (CharacterCodingException e) {
                        continue;
                    }
                    int score = CodePages.plausibility(decoded);
                    if (score > bestScore) {
                        best = decoded;
                        bestScore = score;
                    }
                }
                assertEquals(text, best, "saved in " + saved);
                checked++;
            }
        }
        assertEquals(13, checked, "texts times the code pages that can encode them");
    }

    @Test
    void namesCodePagesAsWindowsDoes() {
        assertEquals("cp932", TextInput.displayName(Charset.forName("windows-31j")));
        assertEquals("cp850", TextInput.displayName(Charset.forName("IBM850")));
        assertEquals("cp437", TextInput.displayName(Charset.forName("IBM437")));
        assertEquals("cp1252", TextInput.displayName(Charset.forName("windows-1252")));
    }
}
