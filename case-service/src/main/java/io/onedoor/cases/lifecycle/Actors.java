package io.onedoor.cases.lifecycle;

import io.onedoor.cases.matter.Actor;
import io.onedoor.support.access.Caller;

/** The actor of a step, as the verified token names the caller. */
public final class Actors {

    private Actors() {}

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), null);
    }
}
