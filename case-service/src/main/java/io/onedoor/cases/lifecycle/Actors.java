package io.onedoor.cases.lifecycle;

import io.onedoor.cases.matter.Actor;
import io.onedoor.support.access.Caller;

/**
 * The actor of a step, as the verified token names the caller: a person's login (else the
 * client's subject), and the department
 * its account belongs to (the token's {@code department} claim), which limits the assignments it
 * may sign, return or complete to that department's.
 */
public final class Actors {

    private Actors() {}

    public static Actor of(Caller caller) {
        return new Actor(caller.displayedAs(), caller.department());
    }
}
