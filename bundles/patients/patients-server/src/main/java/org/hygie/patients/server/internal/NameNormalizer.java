package org.hygie.patients.server.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The searchable form of a name, computed here rather than in SQL so that the database needs no
 * {@code unaccent} extension and the stored columns, the duplicate check and the search query all
 * normalise the same way: accents and other combining marks removed, ligatures spelt out
 * (œ → oe), lower case, every character that is not a letter or digit (hyphen, apostrophe, dot...)
 * turned into a space, spaces collapsed and trimmed. "Lefèvre-Dupré" becomes "lefevre dupre".
 *
 * <p>The result holds only letters, digits and single spaces: it is safe inside a LIKE pattern
 * and ends a prefix range cleanly.
 */
final class NameNormalizer {
    private NameNormalizer() {
    }

    /** @return the normalised name; empty for null or blank input */
    static String normalize(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length();) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(spellOut(cp));
        }
        return out.toString();
    }

    /** Letters NFKD does not decompose but that people type without their stroke or ligature. */
    private static String spellOut(int cp) {
        return switch (cp) {
            case 'œ', 'Œ' -> "oe";
            case 'æ', 'Æ' -> "ae";
            case 'ß', 'ẞ' -> "ss";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'ı' -> "i";
            default -> new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        };
    }
}
