package dev.routediff.parser.osquery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Claims JSON holding a row of osquery's routes table: an object with the columns {@code destination},
 * {@code netmask} (a number: osquery prints the prefix length) , {@code gateway} and {@code interface}, at any depth
 * (the bare array, a result log's snapshot, diffResults or columns). Other JSON route data names its columns
 * otherwise: jc writes {@code genmask} or {@code network_destination}, the AWS CLI {@code DestinationCidr}, so they
 * score 0. The sample may end mid-document (it is the input's head); what was read by then counts.
 */
final class Detection {

    static final int CERTAIN = 95;
    private static final int MAX_TOKENS = 200_000;

    private Detection() {
    }

    static int score(String sample, JsonFactory json) {
        if (sample == null) {
            return 0;
        }
        int i = 0;
        while (i < sample.length() && (Character.isWhitespace(sample.charAt(i)) || sample.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i == sample.length() || sample.charAt(i) != '[' && sample.charAt(i) != '{') {
            return 0;
        }
        Deque<int[]> open = new ArrayDeque<>(); // per open object: bits of the four columns seen
        try (JsonParser p = json.createParser(sample.substring(i))) {
            JsonToken t;
            int tokens = 0;
            while ((t = p.nextToken()) != null && tokens++ < MAX_TOKENS) {
                if (t == JsonToken.START_OBJECT) {
                    open.push(new int[1]);
                } else if (t == JsonToken.END_OBJECT) {
                    if (!open.isEmpty() && open.pop()[0] == 0b1111) {
                        return CERTAIN;
                    }
                } else if (t == JsonToken.FIELD_NAME && !open.isEmpty()) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    int bit = switch (name) {
                        case "destination" -> v == JsonToken.VALUE_STRING ? 1 : 0;
                        case "netmask" -> isLength(p, v) ? 2 : 0;
                        case "gateway" -> v == JsonToken.VALUE_STRING ? 4 : 0;
                        case "interface" -> v == JsonToken.VALUE_STRING ? 8 : 0;
                        default -> 0;
                    };
                    open.peek()[0] |= bit;
                    if (v == JsonToken.START_OBJECT) {
                        open.push(new int[1]);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a cut-off or malformed sample: whatever was seen before the fault decided it
        }
        return 0;
    }

    private static boolean isLength(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            return true;
        }
        if (v != JsonToken.VALUE_STRING) {
            return false;
        }
        String s = p.getText();
        return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
