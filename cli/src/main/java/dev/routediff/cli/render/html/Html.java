package dev.routediff.cli.render.html;

/** Escaping for text and attribute values; the report builds its markup with a StringBuilder and these. */
final class Html {

    private Html() {
    }

    /** Text safe in element content and in double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null && c < 0x20 && c != '\n' && c != '\t') {
                r = "\uFFFD"; // control characters have no place in a document a browser renders
            }
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** An id made of letters, digits and dashes from any text (rule ids are free text). */
    static String id(String prefix, String s) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
        }
        return sb.toString();
    }
}
