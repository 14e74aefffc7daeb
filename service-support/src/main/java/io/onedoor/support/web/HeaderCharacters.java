package io.onedoor.support.web;

/**
 * What Spring Security's {@code StrictHttpFirewall} allows in a header by default, checked with a
 * loop instead of its regular expressions: a name of assigned characters that are not control
 * characters ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), a value the same or a tab. The
 * firewall checks every header a request's code reads, each time it reads it, and the expressions
 * were a twentieth of case-service's CPU per registration (JFR). Printable ASCII, nearly every
 * header, is decided without looking up a character's type.
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    static boolean allowedName(String name) {
        return allowed(name, false);
    }

    static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean printableAscii = codePoint >= 0x20 && codePoint < 0x7F;
            if (!printableAscii && !(tab && codePoint == '\t') && !assignedAndNotControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean assignedAndNotControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.UNASSIGNED && type != Character.CONTROL;
    }
}
