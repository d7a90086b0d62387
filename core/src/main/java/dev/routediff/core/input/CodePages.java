package dev.routediff.core.input;

import java.lang.Character.UnicodeScript;

/**
 * How plausible a decoding of non-UTF-8 bytes is as text a person wrote, to choose among the code pages the parsers
 * declare: cp850, cp437 and cp1252 decode nearly every byte, and cp932 decodes much Western text, so "it decoded"
 * is not enough. Plausible: words of one script; a Latin word with an accented letter or two among plain ones
 * ({@code Métrique}, {@code Ständige}), the common accents scoring higher (not õ: cp1252's ä read as cp850); a Japanese word of kanji and kana only.
 * Implausible: symbols and box drawing among letters ({@code Itin‚raires}: cp850's é read as cp1252), an accented
 * capital after a small letter ({@code ItinÚraires}: cp1252's é read as cp850), runs of accents
 * ({@code âlâbâgâÅü}: Japanese read as cp850), kanji inside a Latin word (Western text read as cp932).
 */
final class CodePages {

    /** The accented letters of the Western languages Windows is localized in, which decide close calls. */
    private static final String COMMON = "éèêëàâäáãåçíìîïóòôöøúùûüñßæœÉÈÊÀÂÄÁÅÇÍÓÔÖØÚÜÑÆ";

    private CodePages() {
    }

    static int plausibility(String text) {
        int score = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                // Japanese punctuation and full-width forms are neutral; any other symbol is a sign of a wrong code page
                score += cjkPunctuation(c) ? 0 : -3;
                i++;
                continue;
            }
            // the word around it: the run of letters
            int from = i;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
            int to = i;
            while (to < n && Character.isLetter(text.charAt(to))) {
                to++;
            }
            score += word(text, from, to);
            i = to;
        }
        return score;
    }

    private static int word(String text, int from, int to) {
        int ascii = 0;
        int latin = 0;
        int common = 0;
        int japanese = 0;
        int other = 0;
        boolean capitalAfterSmall = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                ascii++;
                continue;
            }
            UnicodeScript s = UnicodeScript.of(c);
            if (s == UnicodeScript.LATIN) {
                latin++;
                common += COMMON.indexOf(c) >= 0 ? 1 : 0;
                capitalAfterSmall |= i > from && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
            } else if (s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                    || c == '\u30FC') {
                japanese++;
            } else {
                other++;
            }
        }
        int nonAscii = latin + japanese + other;
        if (japanese > 0) {
            return latin == 0 && other == 0 && ascii == 0 ? 2 * japanese : -4 * nonAscii;
        }
        if (other > 0 || capitalAfterSmall || latin > Math.max(1, (to - from) / 3)) {
            return -4 * nonAscii;
        }
        return latin + common;
    }

    private static boolean cjkPunctuation(char c) {
        return c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF' || c == '\u30FB';
    }
}
