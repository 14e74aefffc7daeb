package io.onedoor.cases.notifications;

/**
 * Whose inbox a notification goes to: a person (by login), a department stationed at the center
 * (by code; every member reads it, each for themselves) or the center itself, which its
 * supervisors read.
 */
public record Recipient(Kind kind, String id) {

    /** The one id of the center's inbox, and the responsible unit of an item the center answers for. */
    public static final String CENTER = "center";

    public enum Kind {
        PERSON,
        DEPARTMENT,
        CENTER
    }

    public Recipient {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a recipient is named");
        }
        if (kind == Kind.CENTER && !CENTER.equals(id)) {
            throw new IllegalArgumentException("the center's inbox is named " + CENTER);
        }
    }

    public static Recipient person(String login) {
        return new Recipient(Kind.PERSON, login);
    }

    public static Recipient department(String code) {
        return new Recipient(Kind.DEPARTMENT, code);
    }

    public static Recipient center() {
        return new Recipient(Kind.CENTER, CENTER);
    }

    /** A responsible unit's inbox: the center's for {@value #CENTER}, else the department's. */
    public static Recipient unit(String unit) {
        return CENTER.equals(unit) ? center() : department(unit);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
